#include "host.h"

#include <QTimeZone>

QString statusName(HostStatus status)
{
    switch (status) {
    case HostStatus::New:
        return QStringLiteral("New");
    case HostStatus::Up:
        return QStringLiteral("Up");
    case HostStatus::Down:
        return QStringLiteral("Down");
    case HostStatus::Unknown:
        return QStringLiteral("Unknown");
    }
    return QStringLiteral("Unknown");
}

std::optional<HostStatus> statusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"new")
        return HostStatus::New;
    if (n == u"up")
        return HostStatus::Up;
    if (n == u"down")
        return HostStatus::Down;
    if (n == u"unknown")
        return HostStatus::Unknown;
    return std::nullopt;
}

QString manufacturerName(Manufacturer manufacturer)
{
    switch (manufacturer) {
    case Manufacturer::Draytek:
        return QStringLiteral("Draytek");
    case Manufacturer::Mikrotik:
        return QStringLiteral("Mikrotik");
    case Manufacturer::TpLink:
        return QStringLiteral("TP-Link");
    case Manufacturer::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

std::optional<Manufacturer> manufacturerFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'-').remove(u' ').remove(u'_');
    if (n == u"draytek" || n == u"draytekvigor" || n == u"vigor")
        return Manufacturer::Draytek;
    if (n == u"mikrotik" || n == u"routeros")
        return Manufacturer::Mikrotik;
    if (n == u"tplink" || n == u"omada" || n == u"tplinkomada")
        return Manufacturer::TpLink;
    if (n == u"other" || n.isEmpty())
        return Manufacturer::Other;
    return std::nullopt;
}

QList<Manufacturer> allManufacturers()
{
    return {
        Manufacturer::Draytek, Manufacturer::Mikrotik, Manufacturer::TpLink, Manufacturer::Other};
}

QString proofName(Proof proof)
{
    switch (proof) {
    case Proof::Ping:
        return QStringLiteral("ping");
    case Proof::Web:
        return QStringLiteral("web");
    case Proof::None:
        break;
    }
    return {};
}

Proof proofFromName(const QString &name)
{
    if (name == u"ping")
        return Proof::Ping;
    if (name == u"web")
        return Proof::Web;
    return Proof::None;
}

bool operator==(const HostState &a, const HostState &b)
{
    return a.status == b.status && a.failedChecks == b.failedChecks
        && a.lastCheckedAt == b.lastCheckedAt && a.lastSuccessAt == b.lastSuccessAt
        && a.nextDueAt == b.nextDueAt && a.lastRttMs == b.lastRttMs && a.proof == b.proof
        && a.lastError == b.lastError;
}

bool operator==(const Host &a, const Host &b)
{
    return a.id == b.id && a.name == b.name && a.address == b.address
        && a.manufacturer == b.manufacturer && a.supplier == b.supplier && a.type == b.type
        && a.postCode == b.postCode && a.webUrl == b.webUrl && a.paused == b.paused
        && a.state == b.state;
}

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIsoUtc(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        // The original app wrote Python isoformat() with microseconds and "+00:00", or none.
        QString s = text.trimmed();
        s.replace(u' ', u'T');
        const qsizetype dot = s.indexOf(u'.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < s.size() && s.at(end).isDigit())
                ++end;
            s.remove(dot, end - dot);
        }
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // the original stored naive UTC times
    return t.toUTC();
}
