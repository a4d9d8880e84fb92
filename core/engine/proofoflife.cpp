#include "proofoflife.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcWeb, "pingtool.engine.web", QtWarningMsg)

namespace {

// The body is never read; a small buffer stops Qt from reading ahead much of it meanwhile.
constexpr qint64 kReadBufferBytes = 4096;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

ProofOfLife::ProofOfLife(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProofOfLife::onTimeout);
}

ProofOfLife::~ProofOfLife()
{
    cancel();
}

void ProofOfLife::start(const QUrl &url, int timeoutMs, bool acceptAny2xx)
{
    cancel();
    m_url = url;
    m_timeoutMs = std::max(1, timeoutMs);
    m_acceptAny2xx = acceptAny2xx;
    m_bytesReceived = 0;
    // One deadline for the whole probe, HEAD and a GET retry together.
    m_timer.start(m_timeoutMs);
    send("HEAD");
}

void ProofOfLife::cancel()
{
    m_timer.stop();
    dropReply();
}

void ProofOfLife::send(const QByteArray &verb)
{
    dropReply();
    m_verb = verb;
    QNetworkRequest request(m_url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Pingtool"));
    // One question per connection: the probe aborts its replies, and a reused connection that
    // was torn down makes Qt send the request again.
    request.setRawHeader("Connection", "close");
    if (m_url.scheme() == QLatin1String("https")) {
        // Routers use self-signed certificates: no verification, for this request only.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = verb == "HEAD" ? m_manager->head(request) : m_manager->get(request);
    m_reply = reply;
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::sslErrors, reply,
        [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ProofOfLife::onMetaDataChanged);
    connect(reply, &QNetworkReply::finished, this, &ProofOfLife::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this,
        [this](qint64 received, qint64) { m_bytesReceived = std::max(m_bytesReceived, received); });
}

void ProofOfLife::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid())
        return;
    const int status = code.toInt();
    // Qt follows redirects itself; wait for the final answer.
    if (isRedirect(status) && m_reply->hasRawHeader("Location"))
        return;
    if (m_verb == "HEAD" && (status == 405 || status == 501)) {
        qCDebug(lcWeb) << m_url << "refuses HEAD with" << status << "- trying GET";
        send("GET");
        return;
    }
    WebProbeResult result;
    result.httpStatus = status;
    result.alive = status == 200 || (m_acceptAny2xx && status >= 200 && status < 300);
    if (!result.alive)
        result.detail = QStringLiteral("HTTP %1").arg(status);
    finish(result);
}

void ProofOfLife::onReplyFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool redirectFailed = reply->error() == QNetworkReply::TooManyRedirectsError
        || reply->error() == QNetworkReply::InsecureRedirectError;
    if (code.isValid() && !redirectFailed) {
        // The status arrived with the end of the reply (an empty HEAD answer, say).
        onMetaDataChanged();
        if (m_reply.data() != reply)
            return; // decided, or retried with GET
    }
    WebProbeResult result;
    result.httpStatus = code.isValid() ? code.toInt() : 0;
    result.detail = reply->errorString();
    finish(result);
}

void ProofOfLife::onTimeout()
{
    WebProbeResult result;
    result.detail = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
    finish(result);
}

void ProofOfLife::finish(const WebProbeResult &result)
{
    m_timer.stop();
    dropReply();
    qCDebug(lcWeb) << m_url << "alive" << result.alive << result.httpStatus << result.detail;
    emit finished(result);
}

void ProofOfLife::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // Aborting from inside the reply's own signal makes Qt report the error twice; the
    // read buffer is small, so the next event-loop turn loses nothing.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}
