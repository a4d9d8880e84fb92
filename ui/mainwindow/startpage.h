#pragma once

// StartPage: what an empty database shows instead of an empty table: add the first host or
// import a CSV file.

#include <QWidget>

class QPushButton;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setImportEnabled(bool enabled);

signals:
    void addHostRequested();
    void importRequested();

private:
    QPushButton *m_import = nullptr;
};
