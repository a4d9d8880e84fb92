#pragma once

// PingWebCheck: ping the address (its own ping process, or a place in an fping batch when the
// engine's FpingBatcher is active); when that gets no answer and the host has a web URL, ask
// the web interface for proof of life.

#include "../enginesettings.h"
#include "check.h"
#include "fpingbatcher.h"

#include <QPointer>

class PingChecker;
class ProofOfLife;
class QNetworkAccessManager;
struct WebProbeResult;

class PingWebCheck final : public Check
{
    Q_OBJECT

public:
    PingWebCheck(const QString &address, const QString &webUrl, const EngineSettings &settings,
        QNetworkAccessManager *manager, QObject *parent = nullptr);
    // batcher: not owned; used when active, else this check runs its own ping.
    PingWebCheck(const QString &address, const QString &webUrl, const EngineSettings &settings,
        QNetworkAccessManager *manager, FpingBatcher *batcher, QObject *parent = nullptr);
    ~PingWebCheck() override;

    void start() override;
    void cancel() override;

private:
    void onPingFinished(const CheckOutcome &outcome);
    void onWebFinished(const WebProbeResult &result);

    QString m_address;
    QString m_webUrl;
    EngineSettings m_settings;
    QNetworkAccessManager *m_manager;
    PingChecker *m_ping = nullptr;
    ProofOfLife *m_web = nullptr;
    QPointer<FpingBatcher> m_batcher;
    FpingBatcher::Ticket m_ticket = 0;
    CheckOutcome m_pingOutcome;
};
