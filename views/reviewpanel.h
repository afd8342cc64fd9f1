#pragma once

#include <QWidget>

class ProjectEditor;
class QLabel;
class QLineEdit;
class QHBoxLayout;
class QTreeWidget;
class QPushButton;

/// The review section of the inspector: the article's status in the
/// project's workflow (三审制 by default), one button per allowed next
/// step (退回 included), a note for the step, and the full history —
/// who moved it where, when, with what note.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    explicit ReviewPanel(ProjectEditor *editor, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    /// Empty: no article.
    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    QString status() const;
    QLineEdit *noteEdit() const { return m_note; }
    QTreeWidget *historyView() const { return m_history; }
    /// The steps offered now, in button order.
    QStringList nextSteps() const { return m_next; }

    /// Moves the article to `step` with the note typed; false when not allowed.
    bool moveTo(const QString &step);
    /// To the next step forward (not the return step).
    bool advance();
    /// To the workflow's return step (退回).
    bool returnArticle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProjectEditor *m_editor;
    QString m_articleId;
    QLabel *m_status;
    QHBoxLayout *m_buttons;
    QLineEdit *m_note;
    QTreeWidget *m_history;
    QStringList m_next;
};
