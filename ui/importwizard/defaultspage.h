#pragma once

// Defaults: manufacturer, supplier, type and post code for rows that leave them empty, as the
// original's bulk form shared them.

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLineEdit;

class DefaultsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DefaultsPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard *m_wizard;
    QComboBox *m_manufacturer;
    QLineEdit *m_supplier;
    QLineEdit *m_type;
    QLineEdit *m_postCode;
};
