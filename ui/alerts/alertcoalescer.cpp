#include "alertcoalescer.h"

AlertCoalescer::AlertCoalescer(qint64 windowMs)
    : m_windowMs(windowMs)
{ }

bool AlertCoalescer::alerts(const StatusTransition &t)
{
    return (t.from == HostStatus::Up && t.to == HostStatus::Down)
        || (t.from == HostStatus::Down && t.to == HostStatus::Up);
}

bool AlertCoalescer::add(const QList<StatusTransition> &transitions, qint64 nowMs)
{
    bool opened = false;
    for (const StatusTransition &t : transitions) {
        if (!alerts(t))
            continue;
        if (!m_windowStartMs) {
            m_windowStartMs = nowMs;
            opened = true;
        }
        auto it = m_pending.find(t.hostId);
        if (it == m_pending.end()) {
            m_pending.insert(t.hostId, {t, t});
            m_order.append(t.hostId);
        } else {
            it->last = t;
        }
    }
    return opened;
}

std::optional<qint64> AlertCoalescer::dueAtMs() const
{
    if (!m_windowStartMs)
        return std::nullopt;
    return *m_windowStartMs + m_windowMs;
}

std::optional<AlertMessage> AlertCoalescer::take(qint64 nowMs, bool force)
{
    if (!m_windowStartMs || (!force && nowMs < *dueAtMs()))
        return std::nullopt;
    QList<StatusTransition> down;
    QList<StatusTransition> up;
    for (qint64 id : std::as_const(m_order)) {
        const Pending &p = m_pending.value(id);
        if (p.first.from == p.last.to)
            continue; // down and back (or up and down again) inside one window
        if (p.last.to == HostStatus::Down)
            down.append(p.last);
        else
            up.append(p.last);
    }
    m_windowStartMs.reset();
    m_pending.clear();
    m_order.clear();
    if (down.isEmpty() && up.isEmpty())
        return std::nullopt;
    return compose(down, up);
}

QString AlertCoalescer::nameList(const QList<StatusTransition> &transitions, int shown)
{
    QStringList names;
    for (int i = 0; i < transitions.size() && i < shown; ++i)
        names.append(transitions.at(i).name);
    const int more = int(transitions.size()) - int(names.size());
    const QString joined = names.join(tr(", ", "separator of host names in an alert"));
    if (more <= 0)
        return joined;
    return tr("%1 and %n more", "host names in an alert, then how many are not named", more)
        .arg(joined);
}

AlertMessage AlertCoalescer::compose(
    const QList<StatusTransition> &down, const QList<StatusTransition> &up)
{
    // The title says how many ("5 hosts down"), the body who: the two read as one sentence in a
    // tray balloon and in the banner without repeating the count.
    AlertMessage m;
    m.downCount = int(down.size());
    m.upCount = int(up.size());
    QStringList lines;
    if (down.size() == 1) {
        const StatusTransition &t = down.first();
        lines.append(tr("%1 (%2) is down.").arg(t.name, t.address));
    } else if (!down.isEmpty()) {
        lines.append(tr("Down: %1.", "host names").arg(nameList(down)));
    }
    if (up.size() == 1) {
        const StatusTransition &t = up.first();
        lines.append(tr("%1 (%2) is back up.").arg(t.name, t.address));
    } else if (!up.isEmpty()) {
        lines.append(tr("Back up: %1.", "host names").arg(nameList(up)));
    }
    m.body = lines.join(QLatin1Char('\n'));
    if (m.downCount > 0 && m.upCount > 0)
        m.title = tr("%n host(s) down, %1 back up", "", m.downCount).arg(m.upCount);
    else if (m.downCount > 0)
        m.title = tr("%n host(s) down", "", m.downCount);
    else
        m.title = tr("%n host(s) back up", "", m.upCount);
    return m;
}
