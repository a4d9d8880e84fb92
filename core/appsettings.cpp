#include "appsettings.h"

namespace {

// Keys, in one place.
namespace Key {
const auto knownInterval = QStringLiteral("schedule/knownIntervalS");
const auto unknownInterval = QStringLiteral("schedule/unknownIntervalS");
const auto minJitter = QStringLiteral("schedule/minJitterS");
const auto jitterPercent = QStringLiteral("schedule/jitterPercent");
const auto failedBeforeUnknown = QStringLiteral("schedule/failedChecksBeforeUnknown");
const auto pingProgram = QStringLiteral("ping/program");
const auto pingArguments = QStringLiteral("ping/arguments");
const auto pingCount = QStringLiteral("ping/count");
const auto pingInterval = QStringLiteral("ping/intervalMs");
const auto pingTimeout = QStringLiteral("ping/replyTimeoutS");
const auto pingDeadline = QStringLiteral("ping/deadlineS");
const auto pingBackend = QStringLiteral("ping/backend");
const auto fpingProgram = QStringLiteral("ping/fpingProgram");
const auto fpingPacketInterval = QStringLiteral("ping/fpingPacketIntervalMs");
const auto maxConcurrent = QStringLiteral("engine/maxConcurrentChecks");
const auto batchResults = QStringLiteral("engine/batchMaxResults");
const auto batchDelay = QStringLiteral("engine/batchMaxDelayMs");
const auto retention = QStringLiteral("history/sampleRetentionDays");
const auto webTimeout = QStringLiteral("web/timeoutS");
const auto webAny2xx = QStringLiteral("web/acceptAny2xx");
const auto alertsEnabled = QStringLiteral("alerts/enabled");
const auto alertsSound = QStringLiteral("alerts/sound");
const auto alertsCoalesce = QStringLiteral("alerts/coalesceWindowS");
const auto language = QStringLiteral("ui/language");
} // namespace Key

int intValue(const QSettings &s, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(v, min, max) : fallback;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(
          std::make_unique<QSettings>(QStringLiteral("Pingtool"), QStringLiteral("pingtool")))
{ }

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

EngineSettings AppSettings::engine() const
{
    const QSettings &s = *m_settings;
    const EngineSettings d;
    EngineSettings e;
    e.lifecycle.knownIntervalS
        = intValue(s, Key::knownInterval, d.lifecycle.knownIntervalS, 5, 86400);
    e.lifecycle.unknownIntervalS
        = intValue(s, Key::unknownInterval, d.lifecycle.unknownIntervalS, 5, 7 * 86400);
    e.lifecycle.minJitterS = intValue(s, Key::minJitter, d.lifecycle.minJitterS, 0, 3600);
    e.lifecycle.jitterPercent = intValue(s, Key::jitterPercent, d.lifecycle.jitterPercent, 0, 100);
    e.lifecycle.failedChecksBeforeUnknown
        = intValue(s, Key::failedBeforeUnknown, d.lifecycle.failedChecksBeforeUnknown, 1, 1000);
    e.pingProgram = s.value(Key::pingProgram, d.pingProgram).toString();
    e.pingArguments = s.value(Key::pingArguments, d.pingArguments).toStringList();
    e.pingCount = intValue(s, Key::pingCount, d.pingCount, 1, 100);
    e.pingIntervalMs = intValue(s, Key::pingInterval, d.pingIntervalMs, 200, 10000);
    e.pingReplyTimeoutS = intValue(s, Key::pingTimeout, d.pingReplyTimeoutS, 1, 60);
    e.pingDeadlineS = intValue(s, Key::pingDeadline, d.pingDeadlineS, 0, 600);
    e.pingBackend = s.value(Key::pingBackend, d.pingBackend).toString();
    e.fpingProgram = s.value(Key::fpingProgram, d.fpingProgram).toString();
    bool gapOk = false;
    const double gap = s.value(Key::fpingPacketInterval, d.fpingPacketIntervalMs).toDouble(&gapOk);
    e.fpingPacketIntervalMs = gapOk ? std::clamp(gap, 0.0, 1000.0) : d.fpingPacketIntervalMs;
    e.maxConcurrentChecks = intValue(s, Key::maxConcurrent, d.maxConcurrentChecks, 1, 4096);
    e.batchMaxResults = intValue(s, Key::batchResults, d.batchMaxResults, 1, 100000);
    e.batchMaxDelayMs = intValue(s, Key::batchDelay, d.batchMaxDelayMs, 10, 60000);
    e.sampleRetentionDays = intValue(s, Key::retention, d.sampleRetentionDays, 1, 3650);
    e.webTimeoutS = intValue(s, Key::webTimeout, d.webTimeoutS, 1, 300);
    e.webAcceptAny2xx = s.value(Key::webAny2xx, d.webAcceptAny2xx).toBool();
    return e;
}

void AppSettings::setEngine(const EngineSettings &e)
{
    QSettings &s = *m_settings;
    s.setValue(Key::knownInterval, e.lifecycle.knownIntervalS);
    s.setValue(Key::unknownInterval, e.lifecycle.unknownIntervalS);
    s.setValue(Key::minJitter, e.lifecycle.minJitterS);
    s.setValue(Key::jitterPercent, e.lifecycle.jitterPercent);
    s.setValue(Key::failedBeforeUnknown, e.lifecycle.failedChecksBeforeUnknown);
    s.setValue(Key::pingProgram, e.pingProgram);
    s.setValue(Key::pingArguments, e.pingArguments);
    s.setValue(Key::pingCount, e.pingCount);
    s.setValue(Key::pingInterval, e.pingIntervalMs);
    s.setValue(Key::pingTimeout, e.pingReplyTimeoutS);
    s.setValue(Key::pingDeadline, e.pingDeadlineS);
    s.setValue(Key::pingBackend, e.pingBackend);
    s.setValue(Key::fpingProgram, e.fpingProgram);
    s.setValue(Key::fpingPacketInterval, e.fpingPacketIntervalMs);
    s.setValue(Key::maxConcurrent, e.maxConcurrentChecks);
    s.setValue(Key::batchResults, e.batchMaxResults);
    s.setValue(Key::batchDelay, e.batchMaxDelayMs);
    s.setValue(Key::retention, e.sampleRetentionDays);
    s.setValue(Key::webTimeout, e.webTimeoutS);
    s.setValue(Key::webAny2xx, e.webAcceptAny2xx);
    emit changed();
}

AlertSettings AppSettings::alerts() const
{
    const AlertSettings d;
    AlertSettings a;
    a.enabled = m_settings->value(Key::alertsEnabled, d.enabled).toBool();
    a.sound = m_settings->value(Key::alertsSound, d.sound).toBool();
    a.coalesceWindowS = intValue(*m_settings, Key::alertsCoalesce, d.coalesceWindowS, 0, 600);
    return a;
}

void AppSettings::setAlerts(const AlertSettings &a)
{
    m_settings->setValue(Key::alertsEnabled, a.enabled);
    m_settings->setValue(Key::alertsSound, a.sound);
    m_settings->setValue(Key::alertsCoalesce, a.coalesceWindowS);
    emit changed();
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::language, language);
    emit changed();
}

QVariant AppSettings::uiValue(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(QStringLiteral("state/") + key, defaultValue);
}

void AppSettings::setUiValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(QStringLiteral("state/") + key, value);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}
