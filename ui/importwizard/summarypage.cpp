#include "summarypage.h"

#include "importpage.h"
#include "importwizard.h"

#include <QLabel>
#include <QVBoxLayout>

SummaryPage::SummaryPage(ImportWizard *wizard, ImportPage *importPage)
    : m_wizard(wizard)
    , m_importPage(importPage)
{
    setTitle(tr("Import finished"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summaryLabel"));
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    setFinalPage(true);
}

void SummaryPage::initializePage()
{
    const std::optional<ImportOutcome> &outcome = m_importPage->outcome();
    if (!outcome) {
        m_text->clear();
        return;
    }
    switch (outcome->kind) {
    case ImportOutcome::Done:
        setTitle(tr("Import finished"));
        m_text->setText(
            QStringList {tr("%n new host(s) added.", nullptr, int(outcome->newIds.size())),
                tr("%n host(s) updated.", nullptr, int(outcome->updatedIds.size())),
                tr("%n duplicate row(s) skipped.", nullptr, outcome->skipped),
                tr("%n row(s) rejected.", nullptr, outcome->rejected),
                tr("New hosts are checked within the next minute.")}
                .join(u'\n'));
        break;
    case ImportOutcome::Cancelled:
        setTitle(tr("Import cancelled"));
        m_text->setText(tr("The import was cancelled. Nothing was changed."));
        break;
    case ImportOutcome::Failed:
        setTitle(tr("Import failed"));
        m_text->setText(tr("The import failed and nothing was changed.\n%1").arg(outcome->error));
        break;
    }
}
