#include "hosttablemodel.h"

#include "common/displaytext.h"
#include "common/statusstyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace {
int statusRank(HostStatus status)
{
    // Worst first when sorted ascending: Down, Unknown, New, Up.
    switch (status) {
    case HostStatus::Down:
        return 0;
    case HostStatus::Unknown:
        return 1;
    case HostStatus::New:
        return 2;
    case HostStatus::Up:
        return 3;
    }
    return 4;
}

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 msOrZero(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
} // namespace

HostTableModel::HostTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case Supplier:
        return tr("Supplier");
    case Type:
        return tr("Type");
    case PostCode:
        return tr("Post code");
    case WebUrl:
        return tr("Web URL");
    case LastCheck:
        return tr("Last check");
    case LastSuccess:
        return tr("Last success");
    case RoundTrip:
        return tr("Round trip");
    case ProvenBy:
        return tr("Proven by");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HostTableModel::displayData(const Host &host, int column) const
{
    switch (static_cast<Column>(column)) {
    case Name:
        return host.name;
    case Address:
        return host.address;
    case Status:
        return host.paused ? tr("%1 (paused)").arg(StatusStyle::text(host.state.status))
                           : StatusStyle::text(host.state.status);
    case ManufacturerColumn:
        return DisplayText::manufacturer(host.manufacturer);
    case Supplier:
        return host.supplier;
    case Type:
        return host.type;
    case PostCode:
        return host.postCode;
    case WebUrl:
        return host.webUrl;
    case LastCheck:
        return DisplayText::localTime(host.state.lastCheckedAt);
    case LastSuccess:
        return DisplayText::localTime(host.state.lastSuccessAt);
    case RoundTrip:
        return DisplayText::roundTrip(host.state.lastRttMs);
    case ProvenBy:
        return DisplayText::proof(host.state.proof);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HostTableModel::sortData(const Host &host, int column) const
{
    switch (static_cast<Column>(column)) {
    case Status:
        return statusRank(host.state.status);
    case LastCheck:
        return host.state.lastCheckedAt.isValid() ? host.state.lastCheckedAt.toMSecsSinceEpoch()
                                                  : qint64(0);
    case LastSuccess:
        return host.state.lastSuccessAt.isValid() ? host.state.lastSuccessAt.toMSecsSinceEpoch()
                                                  : qint64(0);
    case RoundTrip:
        return host.state.lastRttMs.value_or(-1.0);
    case Name:
    case Address:
    case ManufacturerColumn:
    case Supplier:
    case Type:
    case PostCode:
    case WebUrl:
    case ProvenBy:
        return displayData(host, column).toString().toLower();
    case ColumnCount:
        break;
    }
    return {};
}

int HostTableModel::compare(const Host &a, const Host &b, int column)
{
    switch (static_cast<Column>(column)) {
    case Name:
        return a.name.compare(b.name, Qt::CaseInsensitive);
    case Address:
        return a.address.compare(b.address, Qt::CaseInsensitive);
    case Status:
        return threeWay(statusRank(a.state.status), statusRank(b.state.status));
    case ManufacturerColumn:
        return DisplayText::manufacturer(a.manufacturer)
            .compare(DisplayText::manufacturer(b.manufacturer), Qt::CaseInsensitive);
    case Supplier:
        return a.supplier.compare(b.supplier, Qt::CaseInsensitive);
    case Type:
        return a.type.compare(b.type, Qt::CaseInsensitive);
    case PostCode:
        return a.postCode.compare(b.postCode, Qt::CaseInsensitive);
    case WebUrl:
        return a.webUrl.compare(b.webUrl, Qt::CaseInsensitive);
    case LastCheck:
        return threeWay(msOrZero(a.state.lastCheckedAt), msOrZero(b.state.lastCheckedAt));
    case LastSuccess:
        return threeWay(msOrZero(a.state.lastSuccessAt), msOrZero(b.state.lastSuccessAt));
    case RoundTrip:
        return threeWay(a.state.lastRttMs.value_or(-1.0), b.state.lastRttMs.value_or(-1.0));
    case ProvenBy:
        return threeWay(static_cast<int>(a.state.proof), static_cast<int>(b.state.proof));
    case ColumnCount:
        break;
    }
    return 0;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &host = m_hosts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(host, column);
    case Qt::DecorationRole:
        if (column == Status)
            return StatusStyle::icon(host.state.status);
        return {};
    case Qt::ForegroundRole:
        if (host.paused)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (column == Status)
            return StatusStyle::colour(host.state.status);
        return {};
    case Qt::FontRole:
        if (column == Status && host.state.status == HostStatus::Down) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (host.paused) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Status) {
            QString tip = StatusStyle::text(host.state.status);
            if (host.paused)
                tip = tr("%1, monitoring paused").arg(tip);
            if (!host.state.lastError.isEmpty())
                tip += QLatin1Char('\n')
                    + tr("The last check could not run: %1").arg(host.state.lastError);
            else if (host.state.failedChecks > 0)
                tip += QLatin1Char('\n')
                    + tr("%n failed check(s) in a row", "", host.state.failedChecks);
            return tip;
        }
        if (column == WebUrl || column == Name || column == Address)
            return displayData(host, column);
        return {};
    case Qt::TextAlignmentRole:
        if (column == RoundTrip)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HostIdRole:
        return host.id;
    case StatusRole:
        return static_cast<int>(host.state.status);
    case SortRole:
        return sortData(host, column);
    case PausedRole:
        return host.paused;
    default:
        return {};
    }
}

const Host *HostTableModel::hostById(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row < 0 ? nullptr : &m_hosts.at(row);
}

void HostTableModel::setHosts(const HostList &hosts)
{
    beginResetModel();
    m_hosts = hosts;
    rebuildIndex(0);
    endResetModel();
    recount();
    emit choicesMayHaveChanged();
}

void HostTableModel::addHost(const Host &host)
{
    if (m_rowById.contains(host.id)) {
        updateHosts({host});
        return;
    }
    const int row = int(m_hosts.size());
    beginInsertRows({}, row, row);
    m_hosts.append(host);
    m_rowById.insert(host.id, row);
    endInsertRows();
    recount();
    emit choicesMayHaveChanged();
}

void HostTableModel::updateHosts(const HostList &hosts)
{
    QList<int> changedRows;
    changedRows.reserve(hosts.size());
    HostList added;
    bool statusMoved = false;
    bool choicesChanged = false;
    for (const Host &host : hosts) {
        const int row = m_rowById.value(host.id, -1);
        if (row < 0) {
            added.append(host);
            continue;
        }
        Host &current = m_hosts[row];
        if (current == host)
            continue;
        statusMoved = statusMoved || current.state.status != host.state.status;
        choicesChanged
            = choicesChanged || current.supplier != host.supplier || current.type != host.type;
        current = host;
        changedRows.append(row);
    }
    emitChangedRows(std::move(changedRows));
    if (!added.isEmpty()) {
        const int first = int(m_hosts.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_hosts.append(added);
        rebuildIndex(first);
        endInsertRows();
        statusMoved = true;
        choicesChanged = true;
    }
    if (statusMoved)
        recount();
    if (choicesChanged)
        emit choicesMayHaveChanged();
}

void HostTableModel::emitChangedRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int lastColumn = ColumnCount - 1;
    // When most rows changed, one signal is cheaper for every view than many.
    if (rows.size() * 2 > m_hosts.size()) {
        emit dataChanged(index(rows.first(), 0), index(rows.last(), lastColumn));
        return;
    }
    int start = rows.first();
    int previous = start;
    for (int i = 1; i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (row == previous || row == previous + 1) {
            previous = row;
            continue;
        }
        emit dataChanged(index(start, 0), index(previous, lastColumn));
        start = previous = row;
    }
    emit dataChanged(index(start, 0), index(previous, lastColumn));
}

void HostTableModel::removeHosts(const QList<qint64> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous ranges from the end so earlier row numbers stay valid.
    int end = rows.size() - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_hosts.at(r).id);
        m_hosts.remove(first, last - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        end = start - 1;
    }
    recount();
    emit choicesMayHaveChanged();
}

void HostTableModel::rebuildIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowById.clear();
    m_rowById.reserve(m_hosts.size());
    for (int row = fromRow; row < m_hosts.size(); ++row)
        m_rowById.insert(m_hosts.at(row).id, row);
}

void HostTableModel::recount()
{
    StatusCounts counts;
    for (const Host &host : std::as_const(m_hosts)) {
        switch (host.state.status) {
        case HostStatus::New:
            ++counts.newCount;
            break;
        case HostStatus::Up:
            ++counts.up;
            break;
        case HostStatus::Down:
            ++counts.down;
            break;
        case HostStatus::Unknown:
            ++counts.unknown;
            break;
        }
    }
    m_counts = counts;
    emit countsChanged(m_counts);
}

namespace {
QStringList distinct(const HostList &hosts, QString Host::*field)
{
    QSet<QString> seen;
    QStringList values;
    for (const Host &host : hosts) {
        const QString &v = host.*field;
        if (v.isEmpty())
            continue;
        const QString key = v.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        values.append(v);
    }
    std::sort(values.begin(), values.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return values;
}
} // namespace

QStringList HostTableModel::suppliers() const
{
    return distinct(m_hosts, &Host::supplier);
}

QStringList HostTableModel::types() const
{
    return distinct(m_hosts, &Host::type);
}
