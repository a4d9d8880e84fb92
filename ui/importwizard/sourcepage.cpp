#include "sourcepage.h"

#include "appsettings.h"
#include "importdialogs.h"
#include "importwizard.h"

#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

SourcePage::SourcePage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("A CSV file exported from a spreadsheet, or lines pasted as "
                   "\"name,address[,post code]\" or \"name address\"."));
    m_fileRadio = new QRadioButton(tr("&File:"), this);
    m_fileRadio->setObjectName(QStringLiteral("sourceFileRadio"));
    m_fileRadio->setChecked(true);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("sourceFileEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("sourceBrowseButton"));
    m_pasteRadio = new QRadioButton(tr("&Pasted text:"), this);
    m_pasteRadio->setObjectName(QStringLiteral("sourcePasteRadio"));
    m_pasteEdit = new QPlainTextEdit(this);
    m_pasteEdit->setObjectName(QStringLiteral("sourcePasteEdit"));
    m_pasteEdit->setPlaceholderText(tr("router-london,192.0.2.1,SW1A 1AA\nrouter-leeds 192.0.2.2"));

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_fileRadio, 0, 0);
    layout->addWidget(m_fileEdit, 0, 1);
    layout->addWidget(browse, 0, 2);
    layout->addWidget(m_pasteRadio, 1, 0, 1, 3);
    layout->addWidget(m_pasteEdit, 2, 0, 1, 3);

    connect(browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
        m_fileRadio->setChecked(true);
        emit completeChanged();
    });
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_pasteEdit->toPlainText().isEmpty())
            m_pasteRadio->setChecked(true);
        emit completeChanged();
    });
    connect(m_fileRadio, &QRadioButton::toggled, this, &SourcePage::completeChanged);
}

void SourcePage::setFile(const QString &file)
{
    m_fileEdit->setText(file);
    m_fileRadio->setChecked(true);
}

void SourcePage::browse()
{
    const QString folder
        = m_wizard->settings()->uiValue(QLatin1String(ImportWizard::kLastFolderKey)).toString();
    const QString file = ImportDialogs::openFileName(this, tr("Import hosts from CSV"), folder,
        tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

bool SourcePage::isComplete() const
{
    if (m_fileRadio->isChecked())
        return !m_fileEdit->text().trimmed().isEmpty();
    return !m_pasteEdit->toPlainText().trimmed().isEmpty();
}

bool SourcePage::validatePage()
{
    ImportSession &session = m_wizard->session();
    session.readOptions = {};
    if (m_pasteRadio->isChecked()) {
        session.bytes = m_pasteEdit->toPlainText().toUtf8();
        session.sourceName.clear();
        session.readOptions.encoding = CsvEncoding::Utf8;
        return true;
    }
    const QString path = m_fileEdit->text().trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportDialogs::warning(this, tr("Import hosts"),
            tr("Cannot read the file %1: %2").arg(path, file.errorString()));
        return false;
    }
    session.bytes = file.readAll();
    session.sourceName = path;
    m_wizard->settings()->setUiValue(
        QLatin1String(ImportWizard::kLastFolderKey), QFileInfo(path).absolutePath());
    return true;
}
