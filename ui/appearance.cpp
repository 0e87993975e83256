// SPDX-License-Identifier: MIT
#include "appearance.h"

#include "tones.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace {
const auto SettingsKey = QLatin1String("window/appearance");

QColor mix(const QColor& a, const QColor& b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QString styleName(const QStyle* style)
{
    return style ? style->name() : QString();
}
} // namespace

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(styleName(QApplication::style()))
{
    QApplication::setStyle(new ReadableStyle(m_systemStyle));
}

void Appearance::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (mode == System) {
        QApplication::setStyle(new ReadableStyle(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws with the palette on every platform; native styles may ignore it.
        QApplication::setStyle(new ReadableStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == Dark ? darkPalette() : lightPalette());
    }
    if (!QCoreApplication::organizationName().isEmpty())
        QSettings().setValue(SettingsKey, mode == Dark    ? QStringLiteral("dark")
                                          : mode == Light ? QStringLiteral("light")
                                                          : QStringLiteral("system"));
    if (changed)
        Q_EMIT modeChanged(mode);
}

void Appearance::restore()
{
    if (QCoreApplication::organizationName().isEmpty())
        return;
    const QString saved = QSettings().value(SettingsKey).toString();
    if (saved == QLatin1String("dark"))
        setMode(Dark);
    else if (saved == QLatin1String("light"))
        setMode(Light);
}

QMenu* Appearance::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Appearance"), parent);
    auto* group = new QActionGroup(menu);
    const auto add = [&](const QString& text, Mode mode) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_mode == mode);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        connect(this, &Appearance::modeChanged, action, [action, mode](Mode now) { action->setChecked(now == mode); });
    };
    add(tr("&System"), System);
    add(tr("&Light"), Light);
    add(tr("&Dark"), Dark);
    return menu;
}

QPalette Appearance::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    const QColor button(0x3a, 0x3a, 0x3d), highlight(0x35, 0x84, 0xe4), disabledText(0x80, 0x80, 0x80);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3f));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x3f, 0x42));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

ReadableStyle::ReadableStyle(const QString& baseStyleName)
    : QProxyStyle(baseStyleName)
{}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && option &&
        Tones::isDark(option->palette)) {
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
            // Fusion's outline is the window colour darkened: start from a mid tone between the
            // box and its text, so the outline stands out from the box and the window around it.
            QStyleOptionButton readable(*button);
            readable.palette.setColor(QPalette::Window, mix(option->palette.color(QPalette::Base),
                                                            option->palette.color(QPalette::Text), 0.7));
            QProxyStyle::drawPrimitive(element, &readable, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
