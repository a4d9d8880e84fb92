#pragma once

// Message boxes through one seam, so tests answer them unattended (setNextAnswer) and can read
// what was asked (lastText).

#include <QMessageBox>

#include <optional>

class Prompt
{
public:
    // Yes/No question; true for Yes. The default button is No for destructive questions.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
        const QString &informative = {}, const QString &yesText = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next prompt returns this at once instead of showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText(); // text of the last prompt (shown or answered by the seam)
    static int promptCount(); // prompts since the start (tests compare before and after)

private:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon,
        const QString &title, const QString &text, const QString &informative,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QString &yesText);
};
