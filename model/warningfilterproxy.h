#pragma once

#include "warningfilter.h"

#include <QSortFilterProxyModel>

class WarningListModel;

/// The warnings dock's filtered list. Only delegates to WarningFilter.
class WarningFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningFilterProxy)

public:
    explicit WarningFilterProxy(QObject *parent = nullptr);
    ~WarningFilterProxy() override;

    /// The source must be a WarningListModel.
    void setWarningModel(WarningListModel *model);
    WarningListModel *warningModel() const { return m_model; }

    const WarningFilter &filter() const { return m_filter; }
    void setFilter(const WarningFilter &filter);

    /// The source row of a proxy row, or -1.
    int sourceRowAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WarningListModel *m_model = nullptr;
    WarningFilter m_filter;
};
