// pingtool_guilatency: how late a 10 ms QTimer on the GUI thread fires while the engine checks
// every host of a database once. A stand-in for the hosts window until ui/ lands: a table
// model fed by MonitorController::hostsChanged (one dataChanged range per batch), a sorting
// proxy and a QTableView, on whatever QPA platform is set (the harness uses offscreen).
//
//   pingtool_guilatency DATABASE SETTINGS.ini    -> one JSON line on stdout
//
// Built only with -DPINGTOOL_BUILD_BENCH=ON; run by bench/run.py (scenario e).

#include "appsettings.h"
#include "engine/monitorcontroller.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

// Long enough for a cycle of 10,000 hosts with one ping process each, with margin.
constexpr int kGiveUpMs = 10 * 60 * 1000;
constexpr int kTickMs = 10;

class HostRows : public QAbstractTableModel
{
public:
    enum Column { Name, Address, Status, LastCheck, Rtt, ColumnCount };

    void reset(const HostList &hosts)
    {
        beginResetModel();
        m_hosts = hosts;
        m_rowOf.clear();
        for (int i = 0; i < m_hosts.size(); ++i)
            m_rowOf.insert(m_hosts.at(i).id, i);
        endResetModel();
    }

    // One dataChanged for the span of rows a batch touched.
    void update(const HostList &hosts)
    {
        int first = int(m_hosts.size());
        int last = -1;
        for (const Host &h : hosts) {
            const auto it = m_rowOf.constFind(h.id);
            if (it == m_rowOf.constEnd())
                continue;
            m_hosts[*it] = h;
            first = std::min(first, *it);
            last = std::max(last, *it);
        }
        if (last >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_hosts.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const Host &h = m_hosts.at(index.row());
        switch (index.column()) {
        case Name:
            return h.name;
        case Address:
            return h.address;
        case Status:
            return statusName(h.state.status);
        case LastCheck:
            return h.state.lastCheckedAt.toLocalTime().toString(Qt::ISODate);
        case Rtt:
            return h.state.lastRttMs ? QVariant(*h.state.lastRttMs) : QVariant();
        default:
            return {};
        }
    }

private:
    HostList m_hosts;
    QHash<qint64, int> m_rowOf;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: pingtool_guilatency DATABASE SETTINGS.ini\n";
        return 2;
    }
    const EngineSettings settings = AppSettings(args.at(2)).engine();

    HostRows model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setDynamicSortFilter(true);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(HostRows::Status, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();

    MonitorController controller;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    std::vector<double> lateMs;
    qint64 lastTickNs = 0;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateMs.push_back(std::max(0.0, double(now - lastTickNs) / 1e6 - kTickMs));
        lastTickNs = now;
    });

    QDateTime cycleStart;
    QSet<qint64> checked;
    qsizetype total = 0;
    int updates = 0;
    double handlerMaxMs = 0;
    double handlerTotalMs = 0;
    qint64 cycleMs = -1;
    int exitCode = 0;

    const auto finish = [&](bool complete) {
        if (cycleMs >= 0)
            return;
        cycleMs = clock.elapsed();
        tick.stop();
        std::vector<double> sorted = lateMs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return sorted.empty()
                ? 0.0
                : sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size() - 1) + 0.5))];
        };
        QJsonObject out;
        out.insert(QStringLiteral("hosts"), qint64(total));
        out.insert(QStringLiteral("checked"), qint64(checked.size()));
        out.insert(QStringLiteral("complete"), complete);
        out.insert(QStringLiteral("cycleMs"), cycleMs);
        out.insert(QStringLiteral("ticks"), qint64(sorted.size()));
        out.insert(QStringLiteral("updates"), updates);
        // Time the window itself spent on the updates (model, proxy, view), worst and total:
        // lateness beyond that is the thread waiting for a CPU.
        out.insert(QStringLiteral("handlerMaxMs"), handlerMaxMs);
        out.insert(QStringLiteral("handlerTotalMs"), handlerTotalMs);
        out.insert(QStringLiteral("latenessP50Ms"), at(0.50));
        out.insert(QStringLiteral("latenessP99Ms"), at(0.99));
        out.insert(QStringLiteral("latenessMaxMs"), sorted.empty() ? 0.0 : sorted.back());
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        exitCode = complete ? 0 : 1;
        QCoreApplication::quit();
    };

    QObject::connect(&controller, &MonitorController::failed, &app, [&](const Error &e) {
        QTextStream(stderr) << e.message << '\n';
        exitCode = 3;
        QCoreApplication::quit();
    });
    QObject::connect(&controller, &MonitorController::started, &app, [&](const HostList &hosts) {
        model.reset(hosts);
        total = hosts.size();
        QList<qint64> ids;
        for (const Host &h : hosts)
            ids.append(h.id);
        cycleStart = QDateTime::currentDateTimeUtc().addSecs(-1);
        clock.start();
        lastTickNs = 0;
        tick.start(kTickMs);
        controller.checkNow(ids); // the whole cycle at once: the worst case for the window
    });
    QObject::connect(
        &controller, &MonitorController::hostsChanged, &app, [&](const HostList &hosts) {
            ++updates;
            QElapsedTimer handler;
            handler.start();
            model.update(hosts);
            QCoreApplication::sendPostedEvents(); // the proxy's and view's queued work, timed here
            const double ms = double(handler.nsecsElapsed()) / 1e6;
            handlerMaxMs = std::max(handlerMaxMs, ms);
            handlerTotalMs += ms;
            for (const Host &h : hosts)
                if (h.state.lastCheckedAt.isValid() && h.state.lastCheckedAt >= cycleStart)
                    checked.insert(h.id);
            if (total > 0 && checked.size() >= total)
                finish(true);
        });
    QTimer::singleShot(kGiveUpMs, &app, [&] { finish(false); });

    controller.start(args.at(1), settings);
    QCoreApplication::exec();
    controller.stop();
    return exitCode;
}
