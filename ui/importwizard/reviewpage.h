#pragma once

// Review: counts of new, updated, duplicate and rejected rows, the rejected rows with line and
// reason (savable as CSV), and the duplicate policy.

#include "host.h"

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void rebuild();
    void saveRejected();

    ImportWizard *m_wizard;
    QLabel *m_counts;
    QRadioButton *m_skip;
    QRadioButton *m_update;
    QTableWidget *m_rejected;
    QPushButton *m_save;
    HostList m_existing;
    QString m_storeError;
};
