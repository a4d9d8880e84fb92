#pragma once

// SettingsDialog: every user-facing setting of AppSettings on four tabs. OK stores them;
// the caller hands the new values to the running engine and alerts, so nothing needs a restart
// (except the language, which applies at the next start).

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    // Writes the shown values into AppSettings (done by OK).
    void save();
    EngineSettings engineSettings() const;
    AlertSettings alertSettings() const;
    QString language() const;

    // (locale name, native name) pairs; "" is the system language.
    static QList<QPair<QString, QString>> languages();

private:
    void load();
    QSpinBox *spinBox(const QString &objectName, int min, int max, const QString &suffix);
    QWidget *checksPage();
    QWidget *schedulePage();
    QWidget *alertsPage();
    QWidget *generalPage();

    AppSettings &m_settings;
    EngineSettings m_engine; // keeps the settings the dialog does not show (ping program...)

    QSpinBox *m_pingCount = nullptr;
    QSpinBox *m_replyTimeout = nullptr;
    QSpinBox *m_webTimeout = nullptr;
    QCheckBox *m_acceptAny2xx = nullptr;
    QSpinBox *m_knownInterval = nullptr;
    QSpinBox *m_unknownInterval = nullptr;
    QSpinBox *m_minJitter = nullptr;
    QSpinBox *m_jitterPercent = nullptr;
    QSpinBox *m_failedBeforeUnknown = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_alertsEnabled = nullptr;
    QCheckBox *m_sound = nullptr;
    QSpinBox *m_coalesceWindow = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
};
