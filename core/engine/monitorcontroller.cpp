#include "monitorcontroller.h"

#include "../store/hoststore.h"
#include "monitorengine.h"

#include <QCoreApplication>
#include <QThread>

namespace {

void registerEngineMetaTypes()
{
    qRegisterMetaType<Host>();
    qRegisterMetaType<HostList>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<EngineStats>();
    qRegisterMetaType<StatusTransition>();
    qRegisterMetaType<QList<StatusTransition>>();
    qRegisterMetaType<EngineSettings>();
    qRegisterMetaType<BulkEdit>();
    qRegisterMetaType<CheckOutcome>();
}

} // namespace

MonitorController::MonitorController(QObject *parent)
    : QObject(parent)
{
    registerEngineMetaTypes();
}

MonitorController::~MonitorController()
{
    stop();
}

void MonitorController::start(const QString &databasePath, const EngineSettings &settings)
{
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pingtool-engine"));
    m_engine = new MonitorEngine;
    m_engine->moveToThread(m_thread);
    // Signal to signal: queued into this object's thread.
    connect(m_engine, &MonitorEngine::started, this, &MonitorController::started);
    connect(m_engine, &MonitorEngine::failed, this, &MonitorController::failed);
    connect(m_engine, &MonitorEngine::hostAdded, this, &MonitorController::hostAdded);
    connect(m_engine, &MonitorEngine::hostsChanged, this, &MonitorController::hostsChanged);
    connect(m_engine, &MonitorEngine::hostsRemoved, this, &MonitorController::hostsRemoved);
    connect(m_engine, &MonitorEngine::transitions, this, &MonitorController::transitions);
    connect(m_engine, &MonitorEngine::statsChanged, this, &MonitorController::statsChanged);
    connect(m_engine, &MonitorEngine::batchWritten, this, &MonitorController::batchWritten);
    // The engine, its store connection and its children die on their own thread.
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
    post([databasePath, settings](MonitorEngine *e) { e->open(databasePath, settings); });
}

void MonitorController::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine] { e->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr; // deleted on its thread as it finished
    // Deliver what the last flush announced before saying we stopped.
    if (QCoreApplication::instance())
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    emit stopped();
}

bool MonitorController::isRunning() const
{
    return m_thread != nullptr && m_thread->isRunning();
}

void MonitorController::post(std::function<void(MonitorEngine *)> call)
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, call = std::move(call)] { call(e); }, Qt::QueuedConnection);
}

void MonitorController::addHost(const Host &host)
{
    post([host](MonitorEngine *e) { e->addHost(host); });
}

void MonitorController::addHosts(const HostList &hosts)
{
    post([hosts](MonitorEngine *e) { e->addHosts(hosts); });
}

void MonitorController::updateHost(const Host &host)
{
    post([host](MonitorEngine *e) { e->updateHost(host); });
}

void MonitorController::removeHosts(const QList<qint64> &ids)
{
    post([ids](MonitorEngine *e) { e->removeHosts(ids); });
}

void MonitorController::bulkUpdate(const QList<qint64> &ids, const BulkEdit &edit)
{
    post([ids, edit](MonitorEngine *e) { e->bulkUpdate(ids, edit); });
}

void MonitorController::setPaused(const QList<qint64> &ids, bool paused)
{
    post([ids, paused](MonitorEngine *e) { e->setPaused(ids, paused); });
}

void MonitorController::checkNow(const QList<qint64> &ids)
{
    post([ids](MonitorEngine *e) { e->checkNow(ids); });
}

void MonitorController::applySettings(const EngineSettings &settings)
{
    post([settings](MonitorEngine *e) { e->applySettings(settings); });
}

void MonitorController::reloadHosts()
{
    post([](MonitorEngine *e) { e->reloadHosts(); });
}
