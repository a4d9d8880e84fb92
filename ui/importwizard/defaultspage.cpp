#include "defaultspage.h"

#include "hostvalidator.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

DefaultsPage::DefaultsPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Fill in missing fields"));
    setSubTitle(tr("Rows that leave a field empty get these values. Leave a field empty to keep "
                   "it empty."));
    m_manufacturer = new QComboBox(this);
    m_manufacturer->setObjectName(QStringLiteral("defaultManufacturerCombo"));
    m_manufacturer->addItem(tr("(none: Other)"), -1);
    for (Manufacturer m : allManufacturers())
        m_manufacturer->addItem(
            m == Manufacturer::Other ? tr("Other", "manufacturer") : manufacturerName(m), int(m));
    const auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(HostValidator::kMaxTextLength);
        return e;
    };
    m_supplier = edit("defaultSupplierEdit");
    m_type = edit("defaultTypeEdit");
    m_postCode = edit("defaultPostCodeEdit");
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Manufacturer:"), m_manufacturer);
    form->addRow(tr("&Supplier:"), m_supplier);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Post code:"), m_postCode);
}

void DefaultsPage::initializePage()
{
    const ImportDefaults &d = m_wizard->session().defaults;
    m_manufacturer->setCurrentIndex(
        m_manufacturer->findData(d.manufacturer ? int(*d.manufacturer) : -1));
    m_supplier->setText(d.supplier);
    m_type->setText(d.type);
    m_postCode->setText(d.postCode);
}

bool DefaultsPage::validatePage()
{
    ImportDefaults &d = m_wizard->session().defaults;
    const int m = m_manufacturer->currentData().toInt();
    d.manufacturer = m < 0 ? std::nullopt : std::optional<Manufacturer>(Manufacturer(m));
    d.supplier = m_supplier->text().simplified();
    d.type = m_type->text().simplified();
    d.postCode = m_postCode->text().simplified();
    return true;
}
