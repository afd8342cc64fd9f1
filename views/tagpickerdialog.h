#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

/// Asks for a tag by its path, with completion over the project's tags
/// ("民生" finds "主题/民生"); a path that does not exist yet is created.
class TagPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPickerDialog)

public:
    /// `remove`: the dialog picks a tag to take off (only `paths` offered).
    TagPickerDialog(const QStringList &paths, int articleCount, bool remove, QWidget *parent = nullptr);
    ~TagPickerDialog() override;

    QString tagPath() const;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLabel *m_prompt;
    QLineEdit *m_edit;
};
