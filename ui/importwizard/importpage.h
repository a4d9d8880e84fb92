#pragma once

// Import: applies the plan on a worker thread (ImportWorker), with a progress bar and Cancel;
// the window stays responsive. A Cancel rolls the whole import back.

#include "importworker.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(ImportWizard *wizard);
    ~ImportPage() override;
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_worker != nullptr; }
    void cancel();
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }

private:
    void finish(const ImportOutcome &outcome);

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr; // lives on m_thread while it runs
    std::optional<ImportOutcome> m_outcome;
};
