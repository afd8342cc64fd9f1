#pragma once

#include <QDockWidget>

class Corpus;
class QFormLayout;
class QLabel;
class QListWidget;
class QGroupBox;

/// The inspector: what the editor needs to know about the current article
/// (or page) — kind, source file, how it was decoded, where it is in the
/// source, its size, the repairs and warnings. Tags, review status and
/// annotations will live here too; their places are shown already.
class InspectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDock)

public:
    explicit InspectorDock(const Corpus *corpus, QWidget *parent = nullptr);
    ~InspectorDock() override;

    /// `articleIndex` -1 shows the page.
    void showItem(int pageIndex, int articleIndex);

    QListWidget *repairsList() const { return m_repairs; }
    QListWidget *warningsList() const { return m_warnings; }
    QString fieldText(const QString &objectName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void addPlaceholders();
    void retranslateUi();
    QLabel *addField(QFormLayout *form, const char *name);

    const Corpus *m_corpus;
    int m_page = -1;
    int m_article = -1;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QGroupBox *m_repairsBox;
    QGroupBox *m_warningsBox;
    QGroupBox *m_laterBox;
    QListWidget *m_repairs;
    QListWidget *m_warnings;
    QLabel *m_later;
};
