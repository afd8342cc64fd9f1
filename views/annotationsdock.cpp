#include "annotationsdock.h"

#include "annotationfilter.h"
#include "annotationtablemodel.h"
#include "projecteditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

AnnotationsDock::AnnotationsDock(ProjectEditor *editor, QWidget *parent)
    : QDockWidget(parent)
    , m_editor(editor)
    , m_model(new AnnotationTableModel(this))
    , m_filter(new AnnotationFilterModel(m_model, this))
    , m_tabs(new QTabBar)
    , m_text(new QLineEdit)
    , m_kind(new QComboBox)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("annotationsDock"));
    m_view->setObjectName(QStringLiteral("annotationTable"));
    m_text->setObjectName(QStringLiteral("annotationFilter"));
    m_kind->setObjectName(QStringLiteral("annotationKind"));
    m_tabs->setObjectName(QStringLiteral("annotationTabs"));
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->setDrawBase(false);
    m_text->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The quote is what the editor reads; the other columns keep to their text.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::QuoteColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::CommentColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationTableModel::AuthorColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(AnnotationTableModel::ArticleColumn, 200);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addWidget(m_kind);
    top->addWidget(m_text, 1);
    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(contents);

    connect(m_text, &QLineEdit::textChanged, this, &AnnotationsDock::applyFilter);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &AnnotationsDock::applyFilter);
    connect(m_tabs, &QTabBar::currentChanged, this, &AnnotationsDock::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AnnotationsDock::updateOrphanTab);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AnnotationsDock::updateOrphanTab);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateOrphanTab);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AnnotationsDock::updateOrphanTab);
    connect(editor, &ProjectEditor::storeChanged, this, [this] { m_model->setStore(m_editor->store()); });
    m_model->setStore(editor->store());
    retranslateUi();
}

AnnotationsDock::~AnnotationsDock() = default;

void AnnotationsDock::setOrphanedOnly(bool orphaned)
{
    m_tabs->setCurrentIndex(orphaned ? 1 : 0);
}

void AnnotationsDock::activateRow(int row)
{
    const QModelIndex index = m_filter->mapToSource(m_filter->index(row, 0));
    if (const AnnotationRecord *record = m_model->recordAt(index))
        emit activated(*record);
}

void AnnotationsDock::applyFilter()
{
    AnnotationFilter filter;
    filter.text = m_text->text();
    filter.kind = m_kind->currentData().isValid() ? m_kind->currentData().toInt() : -1;
    filter.orphanedOnly = m_tabs->currentIndex() == 1;
    m_filter->setFilter(filter);
}

void AnnotationsDock::updateOrphanTab()
{
    const int orphans = m_model->orphanedCount();
    m_tabs->setTabText(1, tr("Orphaned (%1)").arg(orphans));
    m_tabs->setTabToolTip(1, tr("Annotations whose text is no longer on the page, with their quotes"));
}

void AnnotationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void AnnotationsDock::retranslateUi()
{
    setWindowTitle(tr("Annotations"));
    m_tabs->setTabText(0, tr("All"));
    updateOrphanTab();
    m_text->setPlaceholderText(tr("Filter by article, label, quote, comment, author…"));
    const int kind = m_kind->currentIndex();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"));
    for (auto k : {AnnotationRecord::Kind::Tag, AnnotationRecord::Kind::Span, AnnotationRecord::Kind::Review,
                   AnnotationRecord::Kind::Fix, AnnotationRecord::Kind::Decision})
        m_kind->addItem(AnnotationTableModel::kindLabel(k), int(k));
    m_kind->setCurrentIndex(qMax(0, kind));
}
