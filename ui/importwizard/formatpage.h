#pragma once

// Format: encoding, delimiter and header as detected, each overridable, with a live preview.

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

class FormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FormatPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    static constexpr int kPreviewRows = 20;

private:
    void reread();
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_error;
    QTableWidget *m_preview;
    bool m_updating = false;
};
