#include "importdialogs.h"

#include <QFileDialog>
#include <QMessageBox>

#include <optional>

namespace {

struct Seam
{
    bool unattended = false;
    std::optional<QString> nextOpen;
    std::optional<QString> nextSave;
    QStringList messages;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

QString ImportDialogs::openFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (seam().nextOpen) {
        const QString file = *seam().nextOpen;
        seam().nextOpen.reset();
        return file;
    }
    if (seam().unattended)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString ImportDialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (seam().nextSave) {
        const QString file = *seam().nextSave;
        seam().nextSave.reset();
        return file;
    }
    if (seam().unattended)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void ImportDialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (seam().unattended) {
        seam().messages.append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void ImportDialogs::setUnattended(bool unattended)
{
    seam().unattended = unattended;
}

void ImportDialogs::setNextOpenFileName(const QString &file)
{
    seam().nextOpen = file;
}

void ImportDialogs::setNextSaveFileName(const QString &file)
{
    seam().nextSave = file;
}

QStringList ImportDialogs::shownMessages()
{
    return seam().messages;
}

void ImportDialogs::clearShownMessages()
{
    seam().messages.clear();
}
