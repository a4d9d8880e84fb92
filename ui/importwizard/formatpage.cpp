#include "formatpage.h"

#include "importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

FormatPage::FormatPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Check the format"));
    setSubTitle(tr("Pingtool has guessed how the file is written. Change a setting if the preview "
                   "looks wrong."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (CsvEncoding e :
        {CsvEncoding::Utf8, CsvEncoding::Windows1252, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE})
        m_encoding->addItem(CsvReader::encodingName(e), int(e));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab,
             CsvDelimiter::Pipe, CsvDelimiter::Whitespace})
        m_delimiter->addItem(CsvReader::delimiterName(d), int(d));
    m_header = new QCheckBox(tr("The first row holds column names"), this);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formatErrorLabel"));
    m_error->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_preview, 1);

    const auto changed = [this] {
        if (!m_updating)
            reread();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_header, &QCheckBox::toggled, this, changed);
}

void FormatPage::initializePage()
{
    // Detect afresh; the combos then show what was detected and override from there on.
    ImportSession &session = m_wizard->session();
    const Result<CsvTable> table = CsvReader::read(session.bytes, session.readOptions);
    m_updating = true;
    m_encoding->setEnabled(!session.sourceName.isEmpty()); // pasted text is already Unicode
    if (table) {
        m_encoding->setCurrentIndex(m_encoding->findData(int(table->encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(table->delimiter)));
        m_header->setChecked(table->hasHeader);
        session.table = table.value();
        m_error->clear();
    } else {
        session.table.reset();
        m_error->setText(table.error().message);
    }
    m_updating = false;
    showPreview();
    emit completeChanged();
}

void FormatPage::reread()
{
    ImportSession &session = m_wizard->session();
    session.readOptions.encoding = CsvEncoding(m_encoding->currentData().toInt());
    session.readOptions.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    session.readOptions.header = m_header->isChecked();
    const Result<CsvTable> table = CsvReader::read(session.bytes, session.readOptions);
    if (table) {
        session.table = table.value();
        m_error->clear();
    } else {
        session.table.reset();
        m_error->setText(table.error().message);
    }
    showPreview();
    emit completeChanged();
}

void FormatPage::showPreview()
{
    const std::optional<CsvTable> &table = m_wizard->session().table;
    m_preview->clear();
    if (!table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    if (!table->problems.isEmpty() && m_error->text().isEmpty())
        m_error->setText(tr("%n line(s) cannot be read and will be listed as rejected; the first "
                            "is line %1.",
            nullptr, int(table->problems.size()))
                             .arg(table->problems.first().line));
    const int rows = std::min(int(table->rows.size()), kPreviewRows);
    m_preview->setColumnCount(table->columnCount);
    m_preview->setRowCount(rows);
    QStringList headers;
    for (int c = 0; c < table->columnCount; ++c)
        headers.append(c < table->header.size() && !table->header.at(c).isEmpty()
                ? table->header.at(c)
                : tr("Column %1").arg(c + 1));
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRow &row = table->rows.at(r);
        lines.append(QString::number(row.line));
        for (int c = 0; c < row.cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
}

bool FormatPage::isComplete() const
{
    return m_wizard->session().table.has_value();
}
