#pragma once

// Summary: what the import did, or that a cancel or failure changed nothing.

#include <QWizardPage>

class ImportWizard;
class QLabel;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(ImportWizard *wizard, class ImportPage *importPage);
    void initializePage() override;

private:
    ImportWizard *m_wizard;
    ImportPage *m_importPage;
    QLabel *m_text;
};
