#include "displaytext.h"

#include <QLocale>

QString DisplayText::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayText::shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() == nowUtc.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
}

QString DisplayText::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(secs);
}

QString DisplayText::manufacturer(Manufacturer manufacturer)
{
    switch (manufacturer) {
    case Manufacturer::Draytek:
        return QStringLiteral("Draytek");
    case Manufacturer::Mikrotik:
        return QStringLiteral("Mikrotik");
    case Manufacturer::TpLink:
        return QStringLiteral("TP-Link");
    case Manufacturer::Other:
        break;
    }
    return tr("Other");
}

QString DisplayText::proof(Proof proof)
{
    switch (proof) {
    case Proof::Ping:
        return tr("Ping");
    case Proof::Web:
        return tr("Web");
    case Proof::None:
        break;
    }
    return {};
}

QString DisplayText::roundTrip(const std::optional<double> &ms)
{
    if (!ms)
        return {};
    return tr("%1 ms").arg(*ms, 0, 'f', *ms < 10 ? 2 : 1);
}
