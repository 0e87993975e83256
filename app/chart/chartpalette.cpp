// SPDX-License-Identifier: MIT
#include "chartpalette.h"

#include <QList>
#include <QPalette>

#include <cmath>

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
} // namespace

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.background = QColor(0xfa, 0xfb, 0xfc);
    p.box = QColor(0xff, 0xff, 0xff);
    p.boxBorder = QColor(0x8c, 0x95, 0x9f);
    p.text = QColor(0x1b, 0x1f, 0x24);
    p.secondaryText = QColor(0x57, 0x60, 0x6a);
    p.connector = QColor(0x84, 0x8d, 0x97);
    p.accent = QColor(0x09, 0x69, 0xda);
    p.focusFill = QColor(0xdd, 0xf4, 0xff);
    p.matchFill = QColor(0xff, 0xf1, 0xb8);
    p.matchBorder = QColor(0x9a, 0x67, 0x00);
    p.badge = QColor(0x6e, 0x77, 0x81);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.warning = QColor(0xbc, 0x4c, 0x00);
    p.inactiveAvatar = QColor(0x6e, 0x77, 0x81);
    p.isDark = false;
    return p;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette p;
    p.background = QColor(0x16, 0x1b, 0x22);
    p.box = QColor(0x22, 0x27, 0x2e);
    p.boxBorder = QColor(0x6e, 0x76, 0x81);
    p.text = QColor(0xe6, 0xed, 0xf3);
    p.secondaryText = QColor(0x9d, 0xa7, 0xb3);
    p.connector = QColor(0x76, 0x83, 0x90);
    p.accent = QColor(0x4a, 0xa3, 0xff);
    p.focusFill = QColor(0x12, 0x32, 0x52);
    p.matchFill = QColor(0x3f, 0x32, 0x0a);
    p.matchBorder = QColor(0xe3, 0xb3, 0x41);
    p.badge = QColor(0x6e, 0x76, 0x81);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.warning = QColor(0xf0, 0x88, 0x3e);
    p.inactiveAvatar = QColor(0x5a, 0x62, 0x6c);
    p.isDark = true;
    return p;
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
