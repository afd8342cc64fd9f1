#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

/// Files that could not be opened, each with the reason. Non-modal: the
/// other files open and the editor keeps working while it is up.
class FailedFilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedFilesDialog)

public:
    explicit FailedFilesDialog(QWidget *parent = nullptr);
    ~FailedFilesDialog() override;

    /// Adds a row and shows the dialog without taking the focus.
    void addFailure(const QString &path, const QString &reason);
    void clearFailures();
    int failureCount() const;
    QString pathAt(int row) const;
    QString reasonAt(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_clear;
    QPushButton *m_close;
};
