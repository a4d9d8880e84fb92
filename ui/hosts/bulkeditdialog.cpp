#include "bulkeditdialog.h"

#include "common/displaytext.h"
#include "hostvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BulkEditDialog::BulkEditDialog(int hostCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit"));

    auto *intro = new QLabel(
        tr("Change the ticked fields of the %n selected host(s). Other fields stay as they are.",
            "", hostCount),
        this);
    intro->setWordWrap(true);

    m_setManufacturer = new QCheckBox(tr("&Manufacturer:"), this);
    m_setManufacturer->setObjectName(QStringLiteral("setManufacturerCheck"));
    m_manufacturer = new QComboBox(this);
    m_manufacturer->setObjectName(QStringLiteral("manufacturerCombo"));
    for (Manufacturer m : allManufacturers())
        m_manufacturer->addItem(DisplayText::manufacturer(m), static_cast<int>(m));

    m_setSupplier = new QCheckBox(tr("&Supplier:"), this);
    m_setSupplier->setObjectName(QStringLiteral("setSupplierCheck"));
    m_supplier = new QLineEdit(this);
    m_supplier->setObjectName(QStringLiteral("supplierEdit"));
    m_supplier->setMaxLength(HostValidator::kMaxTextLength);
    m_supplier->setPlaceholderText(tr("empty = no supplier"));

    m_setType = new QCheckBox(tr("&Type:"), this);
    m_setType->setObjectName(QStringLiteral("setTypeCheck"));
    m_type = new QLineEdit(this);
    m_type->setObjectName(QStringLiteral("typeEdit"));
    m_type->setMaxLength(HostValidator::kMaxTextLength);
    m_type->setPlaceholderText(tr("empty = no type"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_setManufacturer, 0, 0);
    grid->addWidget(m_manufacturer, 0, 1);
    grid->addWidget(m_setSupplier, 1, 0);
    grid->addWidget(m_supplier, 1, 1);
    grid->addWidget(m_setType, 2, 0);
    grid->addWidget(m_type, 2, 1);
    grid->setColumnStretch(1, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to %n host(s)", "", hostCount));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    // Typing into a field ticks its box: what the user edits is what changes.
    connect(m_manufacturer, &QComboBox::activated, m_setManufacturer,
        [this] { m_setManufacturer->setChecked(true); });
    connect(m_supplier, &QLineEdit::textEdited, m_setSupplier,
        [this] { m_setSupplier->setChecked(true); });
    connect(m_type, &QLineEdit::textEdited, m_setType, [this] { m_setType->setChecked(true); });
    for (QCheckBox *box : {m_setManufacturer, m_setSupplier, m_setType})
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateOk);
    updateOk();
}

void BulkEditDialog::setSuggestions(const QStringList &suppliers, const QStringList &types)
{
    auto completer = [this](const QStringList &values) {
        auto *c = new QCompleter(values, this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        return c;
    };
    m_supplier->setCompleter(completer(suppliers));
    m_type->setCompleter(completer(types));
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit e;
    if (m_setManufacturer->isChecked())
        e.manufacturer = static_cast<Manufacturer>(m_manufacturer->currentData().toInt());
    if (m_setSupplier->isChecked())
        e.supplier = m_supplier->text().simplified();
    if (m_setType->isChecked())
        e.type = m_type->text().simplified();
    return e;
}

void BulkEditDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(
            m_setManufacturer->isChecked() || m_setSupplier->isChecked() || m_setType->isChecked());
}
