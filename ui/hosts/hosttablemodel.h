#pragma once

// HostTableModel: every host as a row, kept current from the engine's batches. Rows are found
// by host id through a hash; a batch emits dataChanged for the changed rows only (contiguous
// ranges, or one range when most rows changed), never a reset, so 10,000 hosts stay smooth.

#include "host.h"
#include "store/hoststore.h"

#include <QAbstractTableModel>
#include <QHash>

class HostTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Address,
        Status,
        ManufacturerColumn,
        Supplier,
        Type,
        PostCode,
        WebUrl,
        LastCheck,
        LastSuccess,
        RoundTrip,
        ProvenBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        HostIdRole = Qt::UserRole + 1, // qint64
        StatusRole, // int(HostStatus)
        SortRole, // raw value of the column (times as ms since epoch, RTT as double)
        PausedRole, // bool
    };

    explicit HostTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The whole list (at start and after a reload): the one place that resets the model.
    void setHosts(const HostList &hosts);
    void addHost(const Host &host); // an existing id is updated instead
    // One engine batch. Unknown ids are added (a host the engine knows and we do not yet).
    void updateHosts(const HostList &hosts);
    void removeHosts(const QList<qint64> &ids);

    const Host &hostAt(int row) const { return m_hosts.at(row); }
    const Host *hostById(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    const HostList &hosts() const { return m_hosts; }

    // Orders two hosts by a column as SortRole does, without building QVariants (the proxy sorts
    // 10,000 rows with it). Negative, zero or positive.
    static int compare(const Host &a, const Host &b, int column);

    StatusCounts counts() const { return m_counts; }
    // Distinct non-empty values, sorted, for filter combos and completers.
    QStringList suppliers() const;
    QStringList types() const;

signals:
    // After every change that may have moved a host between statuses.
    void countsChanged(const StatusCounts &counts);
    // Hosts were added or removed, or a supplier or type changed (filter choices, completers).
    void choicesMayHaveChanged();

private:
    QVariant displayData(const Host &host, int column) const;
    QVariant sortData(const Host &host, int column) const;
    void emitChangedRows(QList<int> rows);
    void rebuildIndex(int fromRow);
    void recount();

    HostList m_hosts;
    QHash<qint64, int> m_rowById;
    StatusCounts m_counts;
};
