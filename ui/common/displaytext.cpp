#include "displaytext.h"

#include <QLocale>

// Times follow the default QLocale, which Translations sets to the chosen language (de:
// "27.11.26 10:12:03", fr: "27/11/2026 10:12:03", en_US: "11/27/26 10:12:03 AM"). Under the C
// locale (LANG=C) they keep the unambiguous "2026-11-27 10:12:03".

namespace {

bool isCLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

// The locale's long time format without the time zone ("t"): "HH:mm:ss", "h:mm:ss AP".
QString timeWithSecondsFormat(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::LongFormat);
    QString result;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u't' && !quoted)
            continue;
        result.append(c);
    }
    return result.simplified();
}

QString timeFormat(const QLocale &locale, bool withSeconds)
{
    if (isCLocale(locale))
        return withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    return withSeconds ? timeWithSecondsFormat(locale) : locale.timeFormat(QLocale::ShortFormat);
}

} // namespace

QString DisplayText::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QString date = isCLocale(locale) ? QStringLiteral("yyyy-MM-dd")
                                           : locale.dateFormat(QLocale::ShortFormat);
    return locale.toString(utc.toLocalTime(), date + QLatin1Char(' ') + timeFormat(locale, true));
}

QString DisplayText::clockTime(const QDateTime &utc, bool withSeconds)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    return locale.toString(utc.toLocalTime().time(), timeFormat(locale, withSeconds));
}

QString DisplayText::shortLocalTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == nowUtc.toLocalTime().date())
        return locale.toString(local.time(), timeFormat(locale, false));
    //: Day of a recent outage that was not today, as a QDateTime format ("Mon 24 Nov"); the
    //: time of day follows it.
    const QString day = tr("ddd d MMM");
    return locale.toString(local, day + QLatin1Char(' ') + timeFormat(locale, false));
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
    return tr("%L1 ms").arg(*ms, 0, 'f', *ms < 10 ? 2 : 1);
}
