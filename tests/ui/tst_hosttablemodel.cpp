#include "hosts/hostfilter.h"
#include "hosts/hostproxymodel.h"
#include "hosts/hosttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

// n hosts on loopback addresses; every 10th Down, every 7th Unknown, suppliers A/B/C.
HostList makeHosts(int n)
{
    HostList hosts;
    hosts.reserve(n);
    for (int i = 0; i < n; ++i) {
        Host h;
        h.id = i + 1;
        h.name = QStringLiteral("site-%1").arg(i, 5, 10, QLatin1Char('0'));
        h.address = QStringLiteral("127.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
        h.manufacturer = (i % 3 == 0) ? Manufacturer::Draytek : Manufacturer::Mikrotik;
        h.supplier = QStringList {QStringLiteral("Alpha Net"), QStringLiteral("Beta Lines"),
            QStringLiteral("Gamma")}
                         .at(i % 3);
        h.type = (i % 2) ? QStringLiteral("Router") : QStringLiteral("Switch");
        h.postCode = QStringLiteral("PC%1").arg(i % 50);
        h.state.status = (i % 10 == 0) ? HostStatus::Down
            : (i % 7 == 0)             ? HostStatus::Unknown
                                       : HostStatus::Up;
        h.state.lastCheckedAt = kNow.addSecs(-i);
        if (h.state.status != HostStatus::Unknown)
            h.state.lastSuccessAt = kNow.addSecs(-i - 60);
        h.state.lastRttMs = 0.1 * (i % 100);
        h.state.proof = Proof::Ping;
        hosts.append(h);
    }
    return hosts;
}

} // namespace

class TestHostTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughAddUpdateRemove();
    void rowsAndRolesShowEveryHost();
    void updateEmitsDataChangedForChangedRowsOnly();
    void unchangedHostsInABatchEmitNothing();
    void batchChangingMostRowsIsOneRange();
    void unknownIdInABatchIsAdded();
    void removingHostsKeepsLookupByIdRight();
    void countsFollowStatusChanges();
    void proxySortsByStatusWorstFirstAndByTimeAsNumbers();
    void searchMatchesNameAddressSupplierAndPostCode();
    void filtersByStatusManufacturerSupplierAndType();
    void filteredViewFollowsAStatusChange();
};

void TestHostTableModel::passesModelTesterThroughAddUpdateRemove()
{
    HostTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HostProxyModel proxy;
    proxy.setHostModel(&model);
    proxy.sort(HostTableModel::Status);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setHosts(makeHosts(300));
    Host extra = makeHosts(301).last();
    model.addHost(extra);
    HostList changed;
    for (int i = 0; i < 300; i += 13) {
        Host h = model.hostAt(i);
        h.state.status = HostStatus::Down;
        h.name += QStringLiteral("-x");
        changed.append(h);
    }
    model.updateHosts(changed);
    model.removeHosts({1, 2, 3, 50, 299, 301});
    QCOMPARE(model.rowCount(), 295);
}

void TestHostTableModel::rowsAndRolesShowEveryHost()
{
    HostTableModel model;
    const HostList hosts = makeHosts(5000);
    model.setHosts(hosts);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.columnCount(), int(HostTableModel::ColumnCount));

    const QModelIndex name = model.index(42, HostTableModel::Name);
    QCOMPARE(name.data().toString(), hosts.at(42).name);
    QCOMPARE(name.data(HostTableModel::HostIdRole).toLongLong(), hosts.at(42).id);
    QCOMPARE(
        model.index(42, HostTableModel::Address).data().toString(), QStringLiteral("127.0.0.42"));

    const QModelIndex status = model.index(10, HostTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Down"));
    QCOMPARE(status.data(HostTableModel::StatusRole).toInt(), int(HostStatus::Down));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull()); // not colour alone
    QVERIFY(status.data(Qt::ForegroundRole).isValid());

    QCOMPARE(model.index(3, HostTableModel::ManufacturerColumn).data().toString(),
        QStringLiteral("Draytek"));
    QCOMPARE(model.index(3, HostTableModel::ProvenBy).data().toString(), QStringLiteral("Ping"));
    QCOMPARE(
        model.index(5, HostTableModel::RoundTrip).data(HostTableModel::SortRole).toDouble(), 0.5);
    QCOMPARE(model.index(5, HostTableModel::LastCheck).data(HostTableModel::SortRole).toLongLong(),
        kNow.addSecs(-5).toMSecsSinceEpoch());
    // Stored UTC, shown local.
    QCOMPARE(model.index(5, HostTableModel::LastCheck).data().toString(),
        kNow.addSecs(-5).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.rowOf(4242), 4241);
    QCOMPARE(model.hostById(4242)->name, hosts.at(4241).name);
}

void TestHostTableModel::updateEmitsDataChangedForChangedRowsOnly()
{
    HostTableModel model;
    model.setHosts(makeHosts(5000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // A batch of rows 100, 101, 102 (one range), 2000 and 4999, given out of order.
    HostList batch;
    for (int row : {2000, 101, 4999, 100, 102}) {
        Host h = model.hostAt(row);
        h.state.lastCheckedAt = h.state.lastCheckedAt.addSecs(60);
        h.state.lastRttMs = 9.5;
        batch.append(h);
    }
    model.updateHosts(batch);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 3);
    QList<QPair<int, int>> ranges;
    for (const QList<QVariant> &args : changed) {
        const auto topLeft = args.at(0).toModelIndex();
        const auto bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), int(HostTableModel::ColumnCount) - 1);
        ranges.append({topLeft.row(), bottomRight.row()});
    }
    const QList<QPair<int, int>> expected {{100, 102}, {2000, 2000}, {4999, 4999}};
    QCOMPARE(ranges, expected);
    QCOMPARE(model.index(2000, HostTableModel::RoundTrip).data(HostTableModel::SortRole).toDouble(),
        9.5);
}

void TestHostTableModel::unchangedHostsInABatchEmitNothing()
{
    HostTableModel model;
    const HostList hosts = makeHosts(1000);
    model.setHosts(hosts);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateHosts(hosts.mid(10, 500));
    QCOMPARE(changed.count(), 0);
}

void TestHostTableModel::batchChangingMostRowsIsOneRange()
{
    HostTableModel model;
    model.setHosts(makeHosts(4000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    HostList batch;
    for (int row = 5; row < 4000; row += 2) { // 1998 rows, not contiguous... every other one
        Host h = model.hostAt(row);
        h.state.failedChecks += 1;
        batch.append(h);
    }
    for (int row = 6; row < 1000; row += 2) {
        Host h = model.hostAt(row);
        h.state.failedChecks += 1;
        batch.append(h);
    }
    QVERIFY(batch.size() * 2 > 4000);
    model.updateHosts(batch);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 5);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3999);
}

void TestHostTableModel::unknownIdInABatchIsAdded()
{
    HostTableModel model;
    model.setHosts(makeHosts(10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Host h = makeHosts(11).last();
    model.updateHosts({h});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOf(11), 10);
}

void TestHostTableModel::removingHostsKeepsLookupByIdRight()
{
    HostTableModel model;
    model.setHosts(makeHosts(100));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeHosts({5, 6, 7, 50, 100, 12345});
    QCOMPARE(removed.count(), 3); // ranges 4-6, 49 and 99
    QCOMPARE(model.rowCount(), 95);
    QVERIFY(!model.hostById(6));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.hostAt(row).id), row);
    QCOMPARE(model.hostById(51)->name, QStringLiteral("site-00050"));
}

void TestHostTableModel::countsFollowStatusChanges()
{
    HostTableModel model;
    model.setHosts(makeHosts(100));
    // 0,10,..,90 Down (10); multiples of 7 that are not multiples of 10: Unknown.
    QCOMPARE(model.counts().down, 10);
    QCOMPARE(model.counts().unknown, 13);
    QCOMPARE(model.counts().up, 77);
    QSignalSpy counts(&model, &HostTableModel::countsChanged);
    Host h = model.hostAt(10);
    h.state.status = HostStatus::Up;
    model.updateHosts({h});
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.counts().down, 9);
    QCOMPARE(model.counts().up, 78);
}

void TestHostTableModel::proxySortsByStatusWorstFirstAndByTimeAsNumbers()
{
    HostTableModel model;
    model.setHosts(makeHosts(3000));
    HostProxyModel proxy;
    proxy.setHostModel(&model);

    proxy.sort(HostTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, HostTableModel::Status).data(HostTableModel::StatusRole).toInt(),
        int(HostStatus::Down));
    QCOMPARE(proxy.index(300, HostTableModel::Status).data(HostTableModel::StatusRole).toInt(),
        int(HostStatus::Unknown));
    QCOMPARE(proxy.index(2999, HostTableModel::Status).data(HostTableModel::StatusRole).toInt(),
        int(HostStatus::Up));
    // Within one status, by name.
    QCOMPARE(proxy.index(0, HostTableModel::Name).data().toString(), QStringLiteral("site-00000"));
    QCOMPARE(proxy.index(1, HostTableModel::Name).data().toString(), QStringLiteral("site-00010"));

    // Last check: host i was checked i seconds before kNow, so descending = id order.
    proxy.sort(HostTableModel::LastCheck, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(HostTableModel::HostIdRole).toLongLong(), 1);
    QCOMPARE(proxy.index(2999, 0).data(HostTableModel::HostIdRole).toLongLong(), 3000);

    // Round trip 0.1 * (i % 100): 9.9 ms sorts above 10.0 would be wrong as text ("9.9" > "10").
    proxy.sort(HostTableModel::RoundTrip, Qt::DescendingOrder);
    QCOMPARE(
        proxy.index(0, HostTableModel::RoundTrip).data(HostTableModel::SortRole).toDouble(), 9.9);

    // A status change moves the row (dynamic sort), without a reset.
    proxy.sort(HostTableModel::Status, Qt::AscendingOrder);
    Host h = *model.hostById(2);
    h.state.status = HostStatus::Down;
    model.updateHosts({h});
    bool found = false;
    for (int row = 0; row < model.counts().down; ++row)
        found = found || proxy.index(row, 0).data(HostTableModel::HostIdRole).toLongLong() == 2;
    QVERIFY(found);
}

void TestHostTableModel::searchMatchesNameAddressSupplierAndPostCode()
{
    HostTableModel model;
    model.setHosts(makeHosts(3000));
    HostProxyModel proxy;
    proxy.setHostModel(&model);

    HostFilter filter;
    filter.setSearchText(QStringLiteral("SITE-004"));
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 100); // site-00400 .. site-00499, case-insensitive

    filter.setSearchText(QStringLiteral("127.0.1.1"));
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 111); // 127.0.1.1, 127.0.1.10-19, 127.0.1.100-199

    filter.setSearchText(QStringLiteral("beta pc7"));
    proxy.setFilter(filter);
    // Supplier "Beta Lines" (i % 3 == 1) and post code PC7x (i % 50 in 7, 70..79 -> only 7).
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const Host *h
            = model.hostById(proxy.index(row, 0).data(HostTableModel::HostIdRole).toLongLong());
        QCOMPARE(h->supplier, QStringLiteral("Beta Lines"));
        QVERIFY(h->postCode.startsWith(QStringLiteral("PC7")));
    }
    QVERIFY(proxy.rowCount() > 0);

    filter.setSearchText(QStringLiteral("nothing-like-this"));
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestHostTableModel::filtersByStatusManufacturerSupplierAndType()
{
    HostTableModel model;
    model.setHosts(makeHosts(3000));
    HostProxyModel proxy;
    proxy.setHostModel(&model);

    HostFilter filter;
    filter.status = HostStatus::Down;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 300);

    filter.manufacturer = Manufacturer::Draytek; // i % 3 == 0 and i % 10 == 0: i % 30 == 0
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 100);

    filter = HostFilter();
    filter.supplier = QStringLiteral("gamma"); // case-insensitive
    filter.type = QStringLiteral("Router"); // i % 3 == 2 and odd
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 500);
    QVERIFY(!filter.isEmpty());
    QVERIFY(HostFilter().isEmpty());
}

void TestHostTableModel::filteredViewFollowsAStatusChange()
{
    HostTableModel model;
    model.setHosts(makeHosts(2000));
    HostProxyModel proxy;
    proxy.setHostModel(&model);
    HostFilter filter;
    filter.status = HostStatus::Down;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 200);
    Host h = *model.hostById(2);
    h.state.status = HostStatus::Down;
    model.updateHosts({h});
    QCOMPARE(proxy.rowCount(), 201);
}

QTEST_MAIN(TestHostTableModel)
#include "tst_hosttablemodel.moc"
