#include "startpage.h"

#include "common/statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusStyle::appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Pingtool"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Pingtool watches your routers and switches and tells you at "
                               "once when one goes down.\nStart by adding the devices to "
                               "watch, one by one or from a CSV file."),
        this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto *add = new QPushButton(tr("Add host…"), this);
    add->setObjectName(QStringLiteral("startAddButton"));
    add->setDefault(true);
    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("startImportButton"));
    for (QPushButton *b : {add, m_import})
        b->setMinimumSize(160, 36);
    connect(add, &QPushButton::clicked, this, &StartPage::addHostRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void StartPage::setImportEnabled(bool enabled)
{
    m_import->setEnabled(enabled);
    m_import->setToolTip(enabled ? QString() : tr("CSV import is not available in this build."));
}
