#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(p);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(checksPage(), tr("Checks"));
    tabs->addTab(schedulePage(), tr("Schedule"));
    tabs->addTab(alertsPage(), tr("Alerts"));
    tabs->addTab(generalPage(), tr("General"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
            // Shows the defaults; nothing is stored until OK.
            const EngineSettings defaults;
            const AlertSettings alertDefaults;
            m_pingCount->setValue(defaults.pingCount);
            m_replyTimeout->setValue(defaults.pingReplyTimeoutS);
            m_webTimeout->setValue(defaults.webTimeoutS);
            m_acceptAny2xx->setChecked(defaults.webAcceptAny2xx);
            m_knownInterval->setValue(defaults.lifecycle.knownIntervalS);
            m_unknownInterval->setValue(defaults.lifecycle.unknownIntervalS);
            m_minJitter->setValue(defaults.lifecycle.minJitterS);
            m_jitterPercent->setValue(defaults.lifecycle.jitterPercent);
            m_failedBeforeUnknown->setValue(defaults.lifecycle.failedChecksBeforeUnknown);
            m_concurrency->setValue(defaults.maxConcurrentChecks);
            m_retention->setValue(defaults.sampleRetentionDays);
            m_alertsEnabled->setChecked(alertDefaults.enabled);
            m_sound->setChecked(alertDefaults.sound);
            m_coalesceWindow->setValue(alertDefaults.coalesceWindowS);
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    load();
}

QSpinBox *SettingsDialog::spinBox(
    const QString &objectName, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QWidget *SettingsDialog::checksPage()
{
    auto *page = new QWidget(this);
    m_pingCount = spinBox(QStringLiteral("pingCountSpin"), 1, 100, QString());
    m_replyTimeout = spinBox(QStringLiteral("replyTimeoutSpin"), 1, 60, tr(" s"));
    m_webTimeout = spinBox(QStringLiteral("webTimeoutSpin"), 1, 300, tr(" s"));
    m_acceptAny2xx = new QCheckBox(tr("Accept any 2xx status (not only 200)"), page);
    m_acceptAny2xx->setObjectName(QStringLiteral("acceptAny2xxCheck"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Echo requests per check:"), m_pingCount);
    form->addRow(note(tr("A host answers when at least half of them come back."), page));
    form->addRow(tr("Reply timeout:"), m_replyTimeout);
    form->addRow(new QLabel(tr("<b>Web proof of life</b>"), page));
    form->addRow(note(tr("When ping gets no answer and the host has a Web URL, an HTTP answer "
                         "from that URL proves the host is up."),
        page));
    form->addRow(tr("Web timeout:"), m_webTimeout);
    form->addRow(QString(), m_acceptAny2xx);
    return page;
}

QWidget *SettingsDialog::schedulePage()
{
    auto *page = new QWidget(this);
    m_knownInterval = spinBox(QStringLiteral("knownIntervalSpin"), 5, 86400, tr(" s"));
    m_unknownInterval = spinBox(QStringLiteral("unknownIntervalSpin"), 5, 7 * 86400, tr(" s"));
    m_minJitter = spinBox(QStringLiteral("minJitterSpin"), 0, 3600, tr(" s"));
    m_jitterPercent = spinBox(QStringLiteral("jitterPercentSpin"), 0, 100, tr(" %"));
    m_failedBeforeUnknown = spinBox(QStringLiteral("failedBeforeUnknownSpin"), 1, 1000, QString());
    m_concurrency = spinBox(QStringLiteral("concurrencySpin"), 1, 4096, QString());
    auto *form = new QFormLayout(page);
    form->addRow(tr("Check New, Up and Down hosts every:"), m_knownInterval);
    form->addRow(tr("Check Unknown hosts every:"), m_unknownInterval);
    form->addRow(tr("Random delay at least:"), m_minJitter);
    form->addRow(tr("Random delay up to (share of interval):"), m_jitterPercent);
    form->addRow(note(tr("Each check is delayed by a random 0 to max(minimum, share of the "
                         "interval), so checks spread out instead of firing together."),
        page));
    form->addRow(tr("Failed checks before a new host is Unknown:"), m_failedBeforeUnknown);
    form->addRow(tr("Checks running at once, at most:"), m_concurrency);
    return page;
}

QWidget *SettingsDialog::alertsPage()
{
    auto *page = new QWidget(this);
    m_alertsEnabled = new QCheckBox(tr("Notify when a host goes down or comes back up"), page);
    m_alertsEnabled->setObjectName(QStringLiteral("alertsEnabledCheck"));
    m_sound = new QCheckBox(tr("Play a sound with each notification"), page);
    m_sound->setObjectName(QStringLiteral("soundCheck"));
    m_coalesceWindow = spinBox(QStringLiteral("coalesceWindowSpin"), 0, 600, tr(" s"));
    auto *form = new QFormLayout(page);
    form->addRow(m_alertsEnabled);
    form->addRow(m_sound);
    form->addRow(tr("Combine changes within:"), m_coalesceWindow);
    form->addRow(note(tr("Hosts that change within this time are reported in one notification "
                         "(\"5 hosts down: ...\") instead of one each."),
        page));
    connect(m_alertsEnabled, &QCheckBox::toggled, m_sound, &QWidget::setEnabled);
    connect(m_alertsEnabled, &QCheckBox::toggled, m_coalesceWindow, &QWidget::setEnabled);
    return page;
}

QWidget *SettingsDialog::generalPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_retention = spinBox(QStringLiteral("retentionSpin"), 1, 3650, tr(" days"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Language:"), m_language);
    form->addRow(note(tr("A new language applies the next time Pingtool starts."), page));
    form->addRow(tr("Keep check history for:"), m_retention);
    form->addRow(note(tr("Outages are always kept; hourly check figures older than this are "
                         "deleted."),
        page));
    return page;
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // One entry per translations/pingtool_<code>.ts, named in its own language (never
    // translated, so a user who cannot read the current language still finds theirs).
    return {{QString(), tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
}

void SettingsDialog::load()
{
    m_engine = m_settings.engine();
    m_pingCount->setValue(m_engine.pingCount);
    m_replyTimeout->setValue(m_engine.pingReplyTimeoutS);
    m_webTimeout->setValue(m_engine.webTimeoutS);
    m_acceptAny2xx->setChecked(m_engine.webAcceptAny2xx);
    m_knownInterval->setValue(m_engine.lifecycle.knownIntervalS);
    m_unknownInterval->setValue(m_engine.lifecycle.unknownIntervalS);
    m_minJitter->setValue(m_engine.lifecycle.minJitterS);
    m_jitterPercent->setValue(m_engine.lifecycle.jitterPercent);
    m_failedBeforeUnknown->setValue(m_engine.lifecycle.failedChecksBeforeUnknown);
    m_concurrency->setValue(m_engine.maxConcurrentChecks);
    m_retention->setValue(m_engine.sampleRetentionDays);

    const AlertSettings alerts = m_settings.alerts();
    m_alertsEnabled->setChecked(alerts.enabled);
    m_sound->setChecked(alerts.sound);
    m_sound->setEnabled(alerts.enabled);
    m_coalesceWindow->setValue(alerts.coalesceWindowS);
    m_coalesceWindow->setEnabled(alerts.enabled);

    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
}

EngineSettings SettingsDialog::engineSettings() const
{
    EngineSettings e = m_engine;
    e.pingCount = m_pingCount->value();
    e.pingReplyTimeoutS = m_replyTimeout->value();
    e.webTimeoutS = m_webTimeout->value();
    e.webAcceptAny2xx = m_acceptAny2xx->isChecked();
    e.lifecycle.knownIntervalS = m_knownInterval->value();
    e.lifecycle.unknownIntervalS = m_unknownInterval->value();
    e.lifecycle.minJitterS = m_minJitter->value();
    e.lifecycle.jitterPercent = m_jitterPercent->value();
    e.lifecycle.failedChecksBeforeUnknown = m_failedBeforeUnknown->value();
    e.maxConcurrentChecks = m_concurrency->value();
    e.sampleRetentionDays = m_retention->value();
    return e;
}

AlertSettings SettingsDialog::alertSettings() const
{
    AlertSettings a;
    a.enabled = m_alertsEnabled->isChecked();
    a.sound = m_sound->isChecked();
    a.coalesceWindowS = m_coalesceWindow->value();
    return a;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::save()
{
    m_settings.setEngine(engineSettings());
    m_settings.setAlerts(alertSettings());
    m_settings.setLanguage(language());
    m_settings.sync();
}
