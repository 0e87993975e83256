// SPDX-License-Identifier: MIT
#include "welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_connect(new QPushButton(tr("&Connect to Gong…"), this))
    , m_demo(new QPushButton(tr("&Try the demo company"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto* title = new QLabel(tr("Browse, search and export the people in your Gong account"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto* explanation =
        new QLabel(tr("Connect with your Gong API credentials, or look around in a made-up company of 5,000 people "
                      "first."),
                   this);
    explanation->setObjectName(QStringLiteral("welcomeExplanation"));
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setWordWrap(true);

    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setDefault(true);
    m_connect->setToolTip(tr("Enter your Gong base URL and API credentials (Ctrl+,)"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setToolTip(tr("Open a built-in demo company; nothing is sent anywhere"));
    for (QPushButton* b : {m_connect, m_demo})
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addSpacing(12);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(explanation);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
    setTabOrder(m_connect, m_demo);

    connect(m_connect, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
}

void WelcomePanel::setCanConnect(bool on)
{
    m_connect->setVisible(on);
    m_demo->setDefault(!on);
}
