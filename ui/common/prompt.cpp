#include "prompt.h"

#include <QPushButton>

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
int g_count = 0;
} // namespace

QMessageBox::StandardButton Prompt::ask(QWidget *parent, QMessageBox::Icon icon,
    const QString &title, const QString &text, const QString &informative,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    const QString &yesText)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("promptBox"));
    box.setInformativeText(informative);
    box.setDefaultButton(defaultButton);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool Prompt::confirm(QWidget *parent, const QString &title, const QString &text,
    const QString &informative, const QString &yesText)
{
    return ask(parent, QMessageBox::Question, title, text, informative,
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No, yesText)
        == QMessageBox::Yes;
}

void Prompt::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok, {});
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Warning, title, text, {}, QMessageBox::Ok, QMessageBox::Ok, {});
}

void Prompt::critical(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Critical, title, text, {}, QMessageBox::Ok, QMessageBox::Ok, {});
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString Prompt::lastText()
{
    return g_lastText;
}

int Prompt::promptCount()
{
    return g_count;
}
