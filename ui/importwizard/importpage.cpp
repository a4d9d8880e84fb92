#include "importpage.h"

#include "importwizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

ImportPage::ImportPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    qRegisterMetaType<ImportOutcome>();
    setTitle(tr("Importing"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancel);
}

ImportPage::~ImportPage()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportPage::initializePage()
{
    const ImportSession &session = m_wizard->session();
    m_outcome.reset();
    m_progress->setRange(0, 0); // busy until the first step arrives
    m_status->setText(tr("Writing to %1…").arg(session.databasePath));
    m_cancel->setEnabled(true);

    m_thread = new QThread(this);
    m_worker = new ImportWorker(
        session.databasePath, *session.table, session.mapping, session.defaults, session.policy);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_worker, &ImportWorker::finished, this, &ImportPage::finish);
    m_thread->start();
}

void ImportPage::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling; nothing will be changed…"));
}

void ImportPage::finish(const ImportOutcome &outcome)
{
    m_worker = nullptr; // deleted with the thread's end
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_outcome = outcome;
    m_cancel->setEnabled(false);
    if (outcome.kind == ImportOutcome::Done)
        emit m_wizard->hostsImported(outcome.newIds, outcome.updatedIds);
    emit completeChanged();
    m_wizard->next();
}

bool ImportPage::isComplete() const
{
    return m_outcome.has_value();
}
