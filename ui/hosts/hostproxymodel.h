#pragma once

// Search, filters and sorting of the hosts table: the rules are HostFilter's; sorting uses the
// source model's SortRole (raw values, so times and round trips sort as numbers).

#include "hostfilter.h"

#include <QSortFilterProxyModel>

class HostTableModel;

class HostProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HostProxyModel(QObject *parent = nullptr);

    void setHostModel(HostTableModel *model);
    void setFilter(const HostFilter &filter);
    const HostFilter &filter() const { return m_filter; }

    QList<qint64> idsOfRows(const QModelIndexList &proxyRows) const;
    QList<qint64> allIds() const; // every host that passes the filter, in view order

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    HostTableModel *m_hosts = nullptr;
    HostFilter m_filter;
};
