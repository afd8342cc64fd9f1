#pragma once

#include "storetypes.h"

#include <QDockWidget>

class AnnotationFilterModel;
class AnnotationTableModel;
class ProjectEditor;
class QComboBox;
class QLineEdit;
class QTabBar;
class QTableView;

/// Every annotation of the project in a table (kind, article, label/tag/
/// status, quote, comment, author, time), filtered by words and kind; the
/// second tab lists the orphaned ones — annotations whose text is gone
/// from the page, shown with their quote, never dropped. Double-click (or
/// Return) jumps to an annotation (activated).
class AnnotationsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsDock)

public:
    explicit AnnotationsDock(ProjectEditor *editor, QWidget *parent = nullptr);
    ~AnnotationsDock() override;

    AnnotationTableModel *model() const { return m_model; }
    AnnotationFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *kindBox() const { return m_kind; }
    /// 0: all, 1: orphaned.
    void setOrphanedOnly(bool orphaned);
    /// Activates the record at a row of the (filtered) view.
    void activateRow(int row);

signals:
    void activated(const AnnotationRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslateUi();
    void updateOrphanTab();

    ProjectEditor *m_editor;
    AnnotationTableModel *m_model;
    AnnotationFilterModel *m_filter;
    QTabBar *m_tabs;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QTableView *m_view;
};
