#include "hostproxymodel.h"

#include "hosttablemodel.h"

HostProxyModel::HostProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HostTableModel::SortRole);
    setDynamicSortFilter(true);
}

void HostProxyModel::setHostModel(HostTableModel *model)
{
    m_hosts = model;
    setSourceModel(model);
}

void HostProxyModel::setFilter(const HostFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool HostProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_hosts)
        return false;
    return m_filter.matches(m_hosts->hostAt(sourceRow));
}

bool HostProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Host &a = m_hosts->hostAt(left.row());
    const Host &b = m_hosts->hostAt(right.row());
    if (const int order = HostTableModel::compare(a, b, left.column()); order != 0)
        return order < 0;
    // Ties keep a stable, meaningful order: by name, then id.
    if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.id < b.id;
}

QList<qint64> HostProxyModel::idsOfRows(const QModelIndexList &proxyRows) const
{
    QList<qint64> ids;
    ids.reserve(proxyRows.size());
    for (const QModelIndex &index : proxyRows)
        ids.append(index.data(HostTableModel::HostIdRole).toLongLong());
    return ids;
}

QList<qint64> HostProxyModel::allIds() const
{
    QList<qint64> ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(index(row, 0).data(HostTableModel::HostIdRole).toLongLong());
    return ids;
}
