#include "pingwebcheck.h"

#include "pingchecker.h"
#include "proofoflife.h"

#include <QUrl>

PingWebCheck::PingWebCheck(const QString &address, const QString &webUrl,
    const EngineSettings &settings, QNetworkAccessManager *manager, QObject *parent)
    : Check(parent)
    , m_address(address)
    , m_webUrl(webUrl)
    , m_settings(settings)
    , m_manager(manager)
{ }

PingWebCheck::PingWebCheck(const QString &address, const QString &webUrl,
    const EngineSettings &settings, QNetworkAccessManager *manager, FpingBatcher *batcher,
    QObject *parent)
    : PingWebCheck(address, webUrl, settings, manager, parent)
{
    m_batcher = batcher;
}

PingWebCheck::~PingWebCheck()
{
    if (m_batcher && m_ticket != 0)
        m_batcher->cancel(m_ticket);
}

void PingWebCheck::start()
{
    if (m_batcher && m_batcher->isActive()) {
        m_ticket = m_batcher->request(m_address, [this](const CheckOutcome &outcome) {
            m_ticket = 0;
            onPingFinished(outcome);
        });
        return;
    }
    if (!m_ping) {
        m_ping = new PingChecker(m_settings, this);
        connect(m_ping, &PingChecker::finished, this, &PingWebCheck::onPingFinished);
    }
    m_ping->start(m_address);
}

void PingWebCheck::cancel()
{
    if (m_batcher && m_ticket != 0)
        m_batcher->cancel(m_ticket);
    m_ticket = 0;
    if (m_ping)
        m_ping->cancel();
    if (m_web)
        m_web->cancel();
}

void PingWebCheck::onPingFinished(const CheckOutcome &outcome)
{
    // Only a ping that ran and got no answer falls back to the web: an error (ping missing)
    // must stay visible on the host instead of being hidden by a web answer.
    const QUrl url(m_webUrl);
    if (outcome.verdict != CheckVerdict::NoAnswer || m_webUrl.isEmpty() || !url.isValid()
        || !m_manager) {
        emit finished(outcome);
        return;
    }
    m_pingOutcome = outcome;
    if (!m_web) {
        m_web = new ProofOfLife(m_manager, this);
        connect(m_web, &ProofOfLife::finished, this, &PingWebCheck::onWebFinished);
    }
    m_web->start(url, m_settings.webTimeoutS * 1000, m_settings.webAcceptAny2xx);
}

void PingWebCheck::onWebFinished(const WebProbeResult &result)
{
    CheckOutcome outcome = m_pingOutcome;
    if (result.alive) {
        outcome.verdict = CheckVerdict::Alive;
        outcome.proof = Proof::Web;
    }
    emit finished(outcome);
}
