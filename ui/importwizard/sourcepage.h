#pragma once

// Source: a CSV file, or text pasted as in the original's bulk box.

#include <QWizardPage>

class ImportWizard;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ImportWizard *wizard);
    void setFile(const QString &file);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QRadioButton *m_fileRadio;
    QRadioButton *m_pasteRadio;
    QLineEdit *m_fileEdit;
    QPlainTextEdit *m_pasteEdit;
};
