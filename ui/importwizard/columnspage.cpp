#include "columnspage.h"

#include "appsettings.h"
#include "importwizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ColumnsPage::ColumnsPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the host field each column fills. An address column is required."));
    auto *inner = new QWidget;
    m_grid = new QGridLayout(inner);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    m_unknown = new QLabel(this);
    m_unknown->setObjectName(QStringLiteral("unknownColumnsLabel"));
    m_unknown->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("columnsProblemLabel"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_unknown);
    layout->addWidget(m_problem);
}

void ColumnsPage::initializePage()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_combos.clear();

    ImportSession &session = m_wizard->session();
    const CsvTable &table = *session.table;
    ColumnMapping mapping;
    if (table.hasHeader) {
        mapping = ColumnMapping::fromHeader(table.header);
    } else {
        const ColumnMapping remembered = ColumnMapping::fromKeys(
            m_wizard->settings()->uiValue(QLatin1String(ImportWizard::kMappingKey)).toString());
        mapping = remembered.columnCount() == table.columnCount
            ? remembered
            : ColumnMapping::defaultOrder(table.columnCount);
    }
    m_unknown->setText(mapping.unknownColumns().isEmpty()
            ? QString()
            : tr("Columns Pingtool does not know are ignored: %1.")
                  .arg(mapping.unknownColumns().join(QStringLiteral(", "))));

    for (int c = 0; c < table.columnCount; ++c) {
        QString title = c < table.header.size() && !table.header.at(c).isEmpty()
            ? table.header.at(c)
            : tr("Column %1").arg(c + 1);
        if (!table.rows.isEmpty() && c < table.rows.first().cells.size())
            title = tr("%1 (e.g. \"%2\")").arg(title, table.rows.first().cells.at(c).left(40));
        auto *label = new QLabel(title);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("columnCombo%1").arg(c));
        for (ImportField f : ColumnMapping::allFields())
            combo->addItem(ColumnMapping::fieldName(f), int(f));
        combo->setCurrentIndex(combo->findData(int(mapping.field(c))));
        label->setBuddy(combo);
        m_grid->addWidget(label, c, 0);
        m_grid->addWidget(combo, c, 1);
        m_rowWidgets << label << combo;
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnsPage::updateMapping);
    }
    updateMapping();
}

void ColumnsPage::updateMapping()
{
    ColumnMapping mapping;
    QList<ImportField> used;
    QString duplicate;
    for (int c = 0; c < m_combos.size(); ++c) {
        const auto f = ImportField(m_combos.at(c)->currentData().toInt());
        if (f != ImportField::Ignore && used.contains(f))
            duplicate = ColumnMapping::fieldName(f);
        used.append(f);
        mapping.setField(c, f);
    }
    m_wizard->session().mapping = mapping;
    if (!duplicate.isEmpty())
        m_problem->setText(tr("%1 is chosen for more than one column.").arg(duplicate));
    else if (mapping.columnOf(ImportField::Address) < 0)
        m_problem->setText(tr("Choose the column that holds the addresses."));
    else
        m_problem->clear();
    emit completeChanged();
}

bool ColumnsPage::isComplete() const
{
    return m_problem->text().isEmpty() && !m_combos.isEmpty();
}

bool ColumnsPage::validatePage()
{
    m_wizard->settings()->setUiValue(
        QLatin1String(ImportWizard::kMappingKey), m_wizard->session().mapping.toKeys());
    return true;
}
