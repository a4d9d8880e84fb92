#pragma once

// ProofOfLife: asks a device's web interface whether it is alive, as the original's
// `curl -k` did: HEAD (GET when the device refuses HEAD with 405 or 501), redirects followed
// (at most 5), TLS certificate errors ignored for this request only, a hard timeout, and the
// body never downloaded: the request is aborted as soon as the status is known.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

struct WebProbeResult
{
    bool alive = false;
    int httpStatus = 0; // 0 = no HTTP answer
    QString detail; // why not alive (timeout, connection refused, HTTP 500), for the log
};

class ProofOfLife : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRedirects = 5;

    ProofOfLife(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ProofOfLife() override;

    void start(const QUrl &url, int timeoutMs, bool acceptAny2xx);
    // Aborts the request; finished() is not emitted afterwards.
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    // Body bytes that reached us (should stay near zero: the body is not downloaded).
    qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    void finished(const WebProbeResult &result);

private:
    void send(const QByteArray &verb);
    void onMetaDataChanged();
    void onReplyFinished();
    void onTimeout();
    void finish(const WebProbeResult &result);
    void dropReply();

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer {this}; // a child, so it moves with us to the engine thread
    QUrl m_url;
    QByteArray m_verb;
    int m_timeoutMs = 0;
    bool m_acceptAny2xx = false;
    qint64 m_bytesReceived = 0;
};
