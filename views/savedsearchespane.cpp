#include "savedsearchespane.h"

#include "search/query.h"
#include "search/savedsearchmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

SavedSearchesPane::SavedSearchesPane(SavedSearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView)
    , m_queryEdit(new QLineEdit)
    , m_message(new QLabel)
    , m_save(new QPushButton)
    , m_remove(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_queryEdit);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    m_list->setObjectName(QStringLiteral("savedSearches"));
    m_queryEdit->setObjectName(QStringLiteral("savedQuery"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &SavedSearchesPane::onCurrentChanged);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit searchActivated(index.data(SavedSearchModel::QueryRole).toString());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit searchActivated(index.data(SavedSearchModel::QueryRole).toString());
    });
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &SavedSearchesPane::commitQueryEdit);
    connect(m_save, &QPushButton::clicked, this, &SavedSearchesPane::saveWithDialog);
    connect(m_remove, &QPushButton::clicked, this, &SavedSearchesPane::removeSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SavedSearchesPane::onCurrentChanged);
    retranslate();
    onCurrentChanged();
}

SavedSearchesPane::~SavedSearchesPane() = default;

void SavedSearchesPane::retranslate()
{
    setWindowTitle(tr("Saved Searches"));
    m_save->setText(tr("&Save Current Search…"));
    m_remove->setText(tr("Remove"));
    m_queryEdit->setPlaceholderText(tr("Query of the selected search (Enter to change it)"));
}

void SavedSearchesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedSearchesPane::selectRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void SavedSearchesPane::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const bool editable = current.isValid() && !current.data(SavedSearchModel::PredefinedRole).toBool();
    m_queryEdit->setText(current.isValid() ? current.data(SavedSearchModel::QueryRole).toString() : QString());
    m_queryEdit->setReadOnly(!editable);
    m_remove->setEnabled(editable);
    m_message->setVisible(false);
}

void SavedSearchesPane::commitQueryEdit()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const Query query = Query::parse(m_queryEdit->text());
    if (!query.isValid()) {
        m_message->setText(query.errorString());
        m_message->setVisible(true);
        return;
    }
    if (m_model->setData(current, m_queryEdit->text(), SavedSearchModel::QueryRole))
        emit searchActivated(m_queryEdit->text());
}

bool SavedSearchesPane::saveSearch(const QString &name, const QString &query)
{
    const Query parsed = Query::parse(query);
    if (!parsed.isValid()) {
        m_message->setText(parsed.errorString());
        m_message->setVisible(true);
        return false;
    }
    const int row = m_model->addSearch(name, query);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

bool SavedSearchesPane::removeSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || current.data(SavedSearchModel::PredefinedRole).toBool())
        return false;
    return m_model->removeSearch(current.row());
}

void SavedSearchesPane::saveWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name for \"%1\":").arg(m_currentQuery),
                                               QLineEdit::Normal, m_currentQuery, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveSearch(name.trimmed(), m_currentQuery);
}
