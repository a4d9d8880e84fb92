#pragma once

// BulkEditDialog: set manufacturer, supplier and/or type on many hosts at once. Only the
// fields whose box is ticked change.

#include "store/hoststore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QDialogButtonBox;

class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEditDialog(int hostCount, QWidget *parent = nullptr);

    void setSuggestions(const QStringList &suppliers, const QStringList &types);
    BulkEdit edit() const;

private:
    void updateOk();

    QCheckBox *m_setManufacturer = nullptr;
    QComboBox *m_manufacturer = nullptr;
    QCheckBox *m_setSupplier = nullptr;
    QLineEdit *m_supplier = nullptr;
    QCheckBox *m_setType = nullptr;
    QLineEdit *m_type = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
