#pragma once

#include "block.h"

#include <QDockWidget>

struct Article;

class Corpus;
class ProjectEditor;
class ReviewPanel;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QLabel;
class QListWidget;
class QGroupBox;

/// The inspector: what the editor needs to know about the current article
/// (or page) — kind, source file, how it was decoded, where it is in the
/// source, its size, the repairs and warnings — and what the editors made
/// of it: its tags, its review status with the history (ReviewPanel), and
/// the span label last clicked, with its comment.
class InspectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDock)

public:
    InspectorDock(const Corpus *corpus, ProjectEditor *editor, QWidget *parent = nullptr);
    ~InspectorDock() override;

    /// `articleIndex` -1 shows the page.
    void showItem(int pageIndex, int articleIndex);

    QListWidget *repairsList() const { return m_repairs; }
    QListWidget *warningsList() const { return m_warnings; }
    QString fieldText(const QString &objectName) const;
    ReviewPanel *reviewPanel() const { return m_review; }
    /// The tags line, as shown.
    QString tagsText() const;

    /// Shows a span's label, quote and comment (empty: none).
    void showSpan(const QString &spanId);
    QString shownSpan() const { return m_spanId; }
    QLineEdit *spanCommentEdit() const { return m_spanComment; }
    QString spanText() const;
    /// Saves the comment typed for the shown span.
    bool saveSpanComment();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshAnnotations();
    void addPlaceholders();
    void showEntities(const Article *article, const BlockList &blocks);
    void retranslateUi();
    QLabel *addField(QFormLayout *form, const char *name);

    const Corpus *m_corpus;
    ProjectEditor *m_editor;
    QString m_spanId;
    QGroupBox *m_entitiesBox;
    QLabel *m_entities;
    QGroupBox *m_tagsBox;
    QLabel *m_tags;
    ReviewPanel *m_review;
    QGroupBox *m_spanBox;
    QLabel *m_span;
    QLineEdit *m_spanComment;
    QPushButton *m_saveComment;
    QPushButton *m_removeSpan;
    int m_page = -1;
    int m_article = -1;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QGroupBox *m_repairsBox;
    QGroupBox *m_warningsBox;
    QGroupBox *m_reviewBox;
    QListWidget *m_repairs;
    QListWidget *m_warnings;
};
