#include "hostdialog.h"

#include "common/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(
    QWidget *parent, const QString &objectName, const QString &placeholder, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(maxLength);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

HostDialog::HostDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostDialog"));
    setWindowTitle(tr("Add host"));

    // Generous limits: the validator explains what is too long instead of silently cutting.
    m_name = lineEdit(this, QStringLiteral("nameEdit"), tr("e.g. Berlin office router"), 1000);
    m_address = lineEdit(
        this, QStringLiteral("addressEdit"), tr("IPv4 or IPv6 address, or host name"), 2000);
    m_manufacturer = new QComboBox(this);
    m_manufacturer->setObjectName(QStringLiteral("manufacturerCombo"));
    m_manufacturer->setMinimumWidth(180);
    for (Manufacturer m : allManufacturers())
        m_manufacturer->addItem(DisplayText::manufacturer(m), static_cast<int>(m));
    m_manufacturer->setCurrentIndex(
        m_manufacturer->findData(static_cast<int>(Manufacturer::Other)));
    m_supplier
        = lineEdit(this, QStringLiteral("supplierEdit"), tr("Line or service supplier"), 1000);
    m_type
        = lineEdit(this, QStringLiteral("typeEdit"), tr("e.g. Router, Switch, Access point"), 1000);
    m_postCode = lineEdit(this, QStringLiteral("postCodeEdit"), QString(), 1000);
    m_webUrl = lineEdit(this, QStringLiteral("webUrlEdit"), tr("https://… (optional)"), 5000);
    m_paused = new QCheckBox(tr("Pause monitoring of this host"), this);
    m_paused->setObjectName(QStringLiteral("pausedCheck"));

    m_draytekHint = new QLabel(this);
    m_draytekHint->setObjectName(QStringLiteral("draytekHint"));
    m_draytekHint->setWordWrap(true);
    QPalette hintPalette = m_draytekHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0x23, 0x5c, 0xb5));
    m_draytekHint->setPalette(hintPalette);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Name:"), m_name, HostField::Name);
    addRow(form, tr("&Address:"), m_address, HostField::Address);
    addRow(form, tr("&Manufacturer:"), m_manufacturer, HostField::Manufacturer);
    form->addRow(QString(), m_draytekHint);
    addRow(form, tr("&Supplier:"), m_supplier, HostField::Supplier);
    addRow(form, tr("&Type:"), m_type, HostField::Type);
    addRow(form, tr("&Post code:"), m_postCode, HostField::PostCode);
    addRow(form, tr("&Web URL:"), m_webUrl, HostField::WebUrl);
    form->addRow(QString(), m_paused);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    const QList<QPair<QLineEdit *, HostField>> edits {{m_name, HostField::Name},
        {m_address, HostField::Address}, {m_supplier, HostField::Supplier},
        {m_type, HostField::Type}, {m_postCode, HostField::PostCode},
        {m_webUrl, HostField::WebUrl}};
    for (const auto &[edit, field] : edits) {
        const HostField f = field;
        connect(edit, &QLineEdit::textEdited, this, [this, f] { markTouched(f); });
        connect(edit, &QLineEdit::editingFinished, this, [this, f] { markTouched(f); });
        connect(edit, &QLineEdit::textChanged, this, &HostDialog::revalidate);
    }
    connect(m_manufacturer, &QComboBox::currentIndexChanged, this, &HostDialog::revalidate);
    revalidate();
}

void HostDialog::addRow(QFormLayout *form, const QString &label, QWidget *field, HostField key)
{
    auto *error = new QLabel(this);
    error->setObjectName(HostValidator::fieldKey(key) + QStringLiteral("Error"));
    error->setWordWrap(true);
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    error->setPalette(p);
    error->hide();
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    // A QLabel of our own: a form row whose field is a layout gets no buddy, and "&" would show.
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    form->addRow(caption, box);
    m_errorLabels.insert(key, error);
}

void HostDialog::setHost(const Host &host)
{
    m_original = host;
    setWindowTitle(host.id != 0 ? tr("Edit host %1").arg(host.name) : tr("Add host"));
    m_name->setText(host.name);
    m_address->setText(host.address);
    m_manufacturer->setCurrentIndex(m_manufacturer->findData(static_cast<int>(host.manufacturer)));
    m_supplier->setText(host.supplier);
    m_type->setText(host.type);
    m_postCode->setText(host.postCode);
    m_webUrl->setText(host.webUrl);
    m_paused->setChecked(host.paused);
    if (host.id != 0) {
        // Stored data that fails today's rules shows its messages at once.
        for (HostField f : {HostField::Name, HostField::Address, HostField::Supplier,
                 HostField::Type, HostField::PostCode, HostField::WebUrl})
            m_touched.insert(f);
    }
    revalidate();
}

void HostDialog::setSuggestions(const QStringList &suppliers, const QStringList &types)
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

Host HostDialog::hostFromFields() const
{
    Host h = m_original;
    h.name = m_name->text();
    h.address = m_address->text();
    h.manufacturer = static_cast<Manufacturer>(m_manufacturer->currentData().toInt());
    h.supplier = m_supplier->text();
    h.type = m_type->text();
    h.postCode = m_postCode->text();
    h.webUrl = m_webUrl->text();
    h.paused = m_paused->isChecked();
    return h;
}

Host HostDialog::host() const
{
    return m_validated;
}

QString HostDialog::errorText(HostField field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void HostDialog::markTouched(HostField field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    revalidate();
}

void HostDialog::revalidate()
{
    Host h = hostFromFields();
    m_errors.clear();
    for (const FieldError &e : HostValidator::validate(h))
        m_errors.insert(e.field, e.message);
    if (!m_errors.contains(HostField::Address) && m_addressOwner) {
        const QString owner = m_addressOwner(h.address, m_original.id);
        if (!owner.isEmpty())
            m_errors.insert(HostField::Address,
                tr("The address %1 is already monitored as '%2'.").arg(h.address, owner));
    }
    m_validated = h;

    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = m_touched.contains(it.key()) ? m_errors.value(it.key()) : QString();
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }

    const bool draytek = h.manufacturer == Manufacturer::Draytek;
    if (draytek) {
        QString hint = tr("Draytek routers often do not answer ping. Pingtool then proves life "
                          "through the Web URL: an HTTP 200 answer counts as up.");
        if (m_webUrl->text().trimmed().isEmpty())
            hint += QLatin1Char(' ') + tr("Enter the router's Web URL below.");
        m_draytekHint->setText(hint);
    }
    m_draytekHint->setVisible(draytek);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_errors.isEmpty());
    ok->setToolTip(m_errors.isEmpty() ? QString() : tr("Correct the marked fields first."));
}
