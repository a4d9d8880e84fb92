#pragma once

// Demo hosts for UI tests, screenshots and the smoke test: loopback addresses only, realistic
// names, and a history (checks, outages) written through HostStore as the engine would.

#include "clock.h"
#include "lifecycle.h"
#include "store/hoststore.h"

#include <QStringList>

namespace DemoData {

struct Check
{
    QDateTime atUtc;
    bool alive = true;
};

// Applies the checks in order with the real lifecycle rules and writes the results.
inline Status replay(HostStore &store, qint64 hostId, const QList<Check> &checks)
{
    FixedRandom random(0.5);
    const LifecycleSettings settings;
    auto current = store.host(hostId);
    if (!current.ok())
        return current.error();
    HostState state = current.value().state;
    QList<CheckRecord> records;
    for (const Check &c : checks) {
        const CheckOutcome outcome = c.alive
            ? CheckOutcome::alive(Proof::Ping, 0.2 + double(hostId % 40) / 10.0)
            : CheckOutcome::noAnswer();
        const LifecycleResult r = applyCheck(state, outcome, c.atUtc, settings, random);
        state = r.state;
        CheckRecord record;
        record.hostId = hostId;
        record.state = r.state;
        record.outage = r.outage;
        record.outcome = outcome;
        records.append(record);
    }
    return store.writeResults(records);
}

inline Host demoHost(int i)
{
    static const QStringList cities {QStringLiteral("Berlin"), QStringLiteral("Hamburg"),
        QStringLiteral("Munich"), QStringLiteral("Cologne"), QStringLiteral("Leipzig"),
        QStringLiteral("Dresden"), QStringLiteral("Bremen"), QStringLiteral("Hanover"),
        QStringLiteral("Nuremberg"), QStringLiteral("Essen"), QStringLiteral("Bonn"),
        QStringLiteral("Kiel")};
    static const QStringList sites {QStringLiteral("office"), QStringLiteral("depot"),
        QStringLiteral("shop"), QStringLiteral("clinic"), QStringLiteral("warehouse"),
        QStringLiteral("branch")};
    static const QStringList suppliers {QStringLiteral("Telekom Business"),
        QStringLiteral("Vodafone Cable"), QStringLiteral("Versatel"), QStringLiteral("O2 Business"),
        QStringLiteral("NetCologne")};
    static const QStringList types {QStringLiteral("Router"), QStringLiteral("Router"),
        QStringLiteral("Switch"), QStringLiteral("Access point"), QStringLiteral("Firewall")};
    Host h;
    h.name = QStringLiteral("%1 %2 %3")
                 .arg(cities.at(i % cities.size()), sites.at((i / cities.size()) % sites.size()))
                 .arg(i + 1);
    h.address = QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250);
    const Manufacturer manufacturers[] = {
        Manufacturer::Draytek, Manufacturer::Mikrotik, Manufacturer::TpLink, Manufacturer::Other};
    h.manufacturer = manufacturers[i % 4];
    h.supplier = suppliers.at((i / 3) % suppliers.size());
    h.type = types.at(i % types.size());
    h.postCode = QStringLiteral("%1").arg(10115 + (i * 7919) % 89000, 5, 10, QLatin1Char('0'));
    if (h.manufacturer == Manufacturer::Draytek)
        h.webUrl = QStringLiteral("https://%1:8443/").arg(h.address);
    return h;
}

// Which demo hosts end up in which state.
inline bool isDown(int i)
{
    return i % 29 == 3;
}
inline bool isUnknown(int i)
{
    return i % 41 == 5;
}
inline bool isNew(int i)
{
    return i % 53 == 7;
}

// count hosts; Down hosts have been down for (i * 7 % 300) minutes plus a minute, with earlier
// outages today and this week for some.
inline Status fill(HostStore &store, int count, const QDateTime &nowUtc)
{
    HostList hosts;
    for (int i = 0; i < count; ++i)
        hosts.append(demoHost(i));
    auto ids = store.addHosts(hosts);
    if (!ids.ok())
        return ids.error();
    QList<qint64> paused;
    for (int i = 0; i < count; ++i) {
        const qint64 id = ids.value().at(i);
        QList<Check> checks;
        if (isNew(i) && !isDown(i) && !isUnknown(i))
            continue;
        if (isUnknown(i) && !isDown(i)) {
            for (int k = 4; k >= 1; --k)
                checks.append({nowUtc.addSecs(-k * 60 - i), false});
        } else if (isDown(i)) {
            const qint64 downMinutes = 1 + (qint64(i) * 7) % 300;
            const QDateTime lastAlive = nowUtc.addSecs(-downMinutes * 60);
            if (i % 2 == 1) { // an earlier outage today and one three days ago
                checks.append({lastAlive.addSecs(-3 * 86400 - 600), true});
                checks.append({lastAlive.addSecs(-3 * 86400 - 540), false});
                checks.append({lastAlive.addSecs(-3 * 86400 - 300), true});
                checks.append({lastAlive.addSecs(-1800), true});
                checks.append({lastAlive.addSecs(-1740), false});
                checks.append({lastAlive.addSecs(-1500), true});
            }
            checks.append({lastAlive, true});
            checks.append({lastAlive.addSecs(50), false});
            checks.append({nowUtc.addSecs(-(i % 50)), false});
        } else {
            checks.append({nowUtc.addSecs(-3600 - i), true});
            checks.append({nowUtc.addSecs(-30 - i % 50), true});
        }
        if (Status s = replay(store, id, checks); !s.ok())
            return s;
        if (i % 67 == 11 && !isDown(i))
            paused.append(id);
    }
    return store.setPaused(paused, true);
}

} // namespace DemoData
