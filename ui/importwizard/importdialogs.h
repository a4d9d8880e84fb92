#pragma once

// ImportDialogs: the wizard's file dialogs and message boxes behind one seam, so tests drive the
// wizard unattended: setNextOpenFileName / setNextSaveFileName answer the next dialog, and in
// unattended mode messages are recorded instead of shown.

#include <QString>
#include <QStringList>

class QWidget;

class ImportDialogs
{
public:
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seam.
    static void setUnattended(bool unattended);
    static void setNextOpenFileName(const QString &file);
    static void setNextSaveFileName(const QString &file);
    static QStringList shownMessages(); // texts of warnings shown while unattended
    static void clearShownMessages();
};
