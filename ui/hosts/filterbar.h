#pragma once

// FilterBar: the search box and the status / manufacturer / supplier / type filters above the
// hosts table. Emits the resulting HostFilter; its state is saved with the window.

#include "hostfilter.h"

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    HostFilter filter() const;
    void setChoices(const QStringList &suppliers, const QStringList &types);
    void setShownCount(int shown, int total);
    void focusSearch();
    void clear();

    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

signals:
    void filterChanged(const HostFilter &filter);

private:
    static void setComboChoices(QComboBox *combo, const QStringList &values);
    void emitChanged();

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_manufacturer = nullptr;
    QComboBox *m_supplier = nullptr;
    QComboBox *m_type = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_shown = nullptr;
};
