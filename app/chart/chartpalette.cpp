// SPDX-License-Identifier: MIT
#include "chartpalette.h"

#include <QList>
#include <QPalette>

#include <array>
#include <cmath>
#include <iterator>

namespace {
QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `colour`, moved towards `strong` until it reads (WCAG AA, 4.5:1) on every fill: a window palette can be anything.
QColor readable(QColor colour, const QColor& strong, const QList<QColor>& fills)
{
    for (int step = 0; step < 20; ++step) {
        bool ok = true;
        for (const QColor& fill : fills)
            ok = ok && contrast(colour, fill) >= 4.6;
        if (ok)
            break;
        colour = mix(colour, strong, 0.2);
    }
    return colour;
}

// The colours in the order of ChartPalette's members, background to inactiveAvatar.
using Colours = std::array<QRgb, 14>;

ChartPalette fromColours(const Colours& colours, bool isDark)
{
    ChartPalette p;
    QColor* members[] = {&p.background, &p.box,       &p.boxBorder, &p.text,          &p.secondaryText,
                         &p.connector,  &p.accent,    &p.focusFill, &p.matchFill,     &p.matchBorder,
                         &p.badge,      &p.badgeText, &p.warning,   &p.inactiveAvatar};
    static_assert(std::size(members) == std::tuple_size<Colours>::value);
    for (size_t i = 0; i < colours.size(); ++i)
        *members[i] = QColor::fromRgb(colours[i]);
    p.isDark = isDark;
    return p;
}
} // namespace

ChartPalette ChartPalette::light()
{
    // Text reads on every fill (WCAG AA), lines and borders stand out from the background (3:1).
    return fromColours({0xfafbfc, 0xffffff, 0x8c959f, 0x1b1f24, 0x57606a, 0x848d97, 0x0969da, 0xddf4ff, 0xfff1b8,
                        0x9a6700, 0x6e7781, 0xffffff, 0xbc4c00, 0x6e7781},
                       false);
}

ChartPalette ChartPalette::dark()
{
    return fromColours({0x161b22, 0x22272e, 0x6e7681, 0xe6edf3, 0x9da7b3, 0x768390, 0x4aa3ff, 0x123252, 0x3f320a,
                        0xe3b341, 0x6e7681, 0xffffff, 0xf0883e, 0x5a626c},
                       true);
}

ChartPalette ChartPalette::fromPalette(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool isDark = window.lightnessF() < 0.5;
    ChartPalette p = isDark ? dark() : light();
    // The window's own colours where the app has them; the fixed set for what a palette does not say.
    p.background = palette.color(QPalette::Base);
    p.box = isDark ? mix(p.background, QColor(Qt::white), 0.06) : palette.color(QPalette::Base);
    p.background = isDark ? p.background : mix(palette.color(QPalette::Base), window, 0.6);
    p.text = palette.color(QPalette::Text);
    p.secondaryText = mix(p.text, p.box, 0.35);
    p.boxBorder = mix(p.text, p.box, 0.55);
    p.connector = mix(p.text, p.background, 0.5);
    p.accent = palette.color(QPalette::Highlight);
    p.focusFill = mix(p.box, p.accent, isDark ? 0.25 : 0.14);
    p.secondaryText = readable(p.secondaryText, p.text, {p.box, p.focusFill, p.matchFill});
    return p;
}
