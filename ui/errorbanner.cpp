// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "accessibility.h"
#include "tones.h"

#include <QApplication>
#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    // An alert: Orca speaks it when it appears, with the message the label inside carries as its name.
    Accessibility::makeAlert(this);
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyTone();

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setTextFormat(Qt::PlainText); // a server's "<img src=…>" is shown, never rendered
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleDescription(tr("Continue loading from where it stopped, keeping the loaded rows"));
    m_close->setAccessibleDescription(tr("Hide this message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString& message, bool canRetry, const QString& retryText)
{
    m_text->setText(message);
    m_retry->setText(retryText.isEmpty() ? tr("&Retry") : retryText);
    m_retry->setVisible(canRetry);
    Accessibility::announce(this);
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::applyTone()
{
    // Judged by the application's palette: the banner's own Window colour is the tint set here.
    const QPalette base = QApplication::palette();
    const QColor window = Tones::background(Tones::Tone::Error, base);
    const QColor text = Tones::textOnBackground(Tones::Tone::Error, base);
    if (palette().color(QPalette::Window) == window && palette().color(QPalette::WindowText) == text)
        return;   // also ends the PaletteChange that setPalette() below sends
    QPalette pal; // only these two roles: the rest keeps following the application's palette
    pal.setColor(QPalette::Window, window);
    pal.setColor(QPalette::WindowText, text);
    setPalette(pal);
}

void ErrorBanner::changeEvent(QEvent* event)
{
    // Light ↔ dark while the app runs (Qt 6 tells widgets with PaletteChange, not ApplicationPaletteChange).
    if (event->type() == QEvent::PaletteChange)
        applyTone();
    QFrame::changeEvent(event);
}
