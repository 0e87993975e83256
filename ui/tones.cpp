// SPDX-License-Identifier: MIT
#include "tones.h"

#include <QApplication>
#include <QLabel>

#include <cmath>

namespace Tones {
namespace {
struct Set
{
    QColor text, background, textOnBackground, border;
};

// Light sets are the familiar pale boxes; dark sets keep the hue with light text on a deep tint.
Set colours(Tone tone, bool dark)
{
    if (tone == Tone::Error)
        return dark ? Set{QColor(0xff, 0x8a, 0x80), QColor(0x5c, 0x2b, 0x29), QColor(0xff, 0xe1, 0xdd),
                          QColor(0xef, 0x53, 0x50)}
                    : Set{QColor(0xa4, 0x00, 0x0f), QColor(0xfd, 0xec, 0xea), QColor(0x5f, 0x21, 0x20),
                          QColor(0xc6, 0x28, 0x28)};
    return dark ? Set{QColor(0xff, 0xd5, 0x4f), QColor(0x4d, 0x3a, 0x00), QColor(0xff, 0xf4, 0xce),
                      QColor(0xb3, 0x8f, 0x1f)}
                : Set{QColor(0x7a, 0x5b, 0x00), QColor(0xff, 0xf4, 0xce), QColor(0x4d, 0x3a, 0x00),
                      QColor(0xe3, 0xc3, 0x5a)};
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

namespace {
// The tone's colour from its set, or for Normal the palette's own role.
QColor pick(Tone tone, const QPalette& palette, QColor Set::*colour, QPalette::ColorRole normal)
{
    return tone == Tone::Normal ? palette.color(normal) : colours(tone, isDark(palette)).*colour;
}
} // namespace

QColor text(Tone tone, const QPalette& palette)
{
    return pick(tone, palette, &Set::text, QPalette::WindowText);
}

QColor background(Tone tone, const QPalette& palette)
{
    return pick(tone, palette, &Set::background, QPalette::Base);
}

QColor textOnBackground(Tone tone, const QPalette& palette)
{
    return pick(tone, palette, &Set::textOnBackground, QPalette::Text);
}

QColor border(Tone tone, const QPalette& palette)
{
    return pick(tone, palette, &Set::border, QPalette::Mid);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void setToned(QLabel* label, const QString& text, Tone tone)
{
    // Plain text in a colour: rich text labels misjudge their wrapped height inside a QFormLayout.
    QPalette palette; // only the text colour: the rest keeps following the application's palette
    palette.setColor(QPalette::WindowText, Tones::text(tone, QApplication::palette()));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString boxStyleSheet(const char* widgetClass, Tone tone, const QPalette& palette, const char* extra)
{
    return QStringLiteral("%1 { background: %2; color: %3; border: 1px solid %4; %5}")
        .arg(QLatin1String(widgetClass), background(tone, palette).name(), textOnBackground(tone, palette).name(),
             border(tone, palette).name(), QLatin1String(extra));
}
} // namespace Tones
