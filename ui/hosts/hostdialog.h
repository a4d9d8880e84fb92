#pragma once

// HostDialog: add or edit one host. Every field is validated as the user types with the core
// validator's message shown under the field; OK stays disabled while anything is invalid.

#include "host.h"
#include "hostvalidator.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class HostDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostDialog(QWidget *parent = nullptr);

    // Edit mode: the fields show this host, and its id and state are kept.
    void setHost(const Host &host);
    // The validated, normalised host (address in ASCII form, text fields trimmed).
    Host host() const;

    void setSuggestions(const QStringList &suppliers, const QStringList &types);
    // Returns the name of another host that already uses the address, or "" if none.
    using AddressOwner = std::function<QString(const QString &address, qint64 exceptId)>;
    void setAddressOwner(AddressOwner owner) { m_addressOwner = std::move(owner); }

    bool isValid() const { return m_errors.isEmpty(); }
    QString errorText(HostField field) const; // the message shown next to the field, or ""

private:
    void markTouched(HostField field);
    void revalidate();
    Host hostFromFields() const;
    void addRow(class QFormLayout *form, const QString &label, QWidget *field, HostField key);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_manufacturer = nullptr;
    QLineEdit *m_supplier = nullptr;
    QLineEdit *m_type = nullptr;
    QLineEdit *m_postCode = nullptr;
    QLineEdit *m_webUrl = nullptr;
    QCheckBox *m_paused = nullptr;
    QLabel *m_draytekHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<HostField, QLabel *> m_errorLabels;
    QHash<HostField, QString> m_errors;
    QSet<HostField> m_touched;
    Host m_original;
    Host m_validated;
    AddressOwner m_addressOwner;
};
