#include "warningfilterproxy.h"

#include "warninglistmodel.h"

WarningFilterProxy::WarningFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A decision changes the state column: re-filter when it does, so
    // "open only" drops a warning the moment it is decided.
    setDynamicSortFilter(true);
    setFilterKeyColumn(-1);
}

WarningFilterProxy::~WarningFilterProxy() = default;

void WarningFilterProxy::setWarningModel(WarningListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void WarningFilterProxy::setFilter(const WarningFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

int WarningFilterProxy::sourceRowAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? source.row() : -1;
}

bool WarningFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    if (m_filter.matchesEverything())
        return true;
    return m_filter.matches(m_model->entryAt(sourceRow), m_model->stateAt(sourceRow));
}
