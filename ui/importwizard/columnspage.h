#pragma once

// Columns: a combo per column mapping it to a host field or "ignore", pre-filled from the
// header, else from the last mapping used, else the original's order (name, address, post code).

#include <QList>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QGridLayout;
class QLabel;

class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ColumnsPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateMapping();

    ImportWizard *m_wizard;
    QGridLayout *m_grid;
    QLabel *m_unknown;
    QLabel *m_problem;
    QList<QComboBox *> m_combos;
    QList<QWidget *> m_rowWidgets;
};
