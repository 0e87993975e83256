// SPDX-License-Identifier: MIT
#pragma once

#include "chartlayout.h"
#include "chartpalette.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>

class User;

// How the chart looks: its fonts (in pixels, so a chart has the same geometry on every screen and in every export;
// the device pixel ratio does the rest), the box sizes they need, the colours, and each person's avatar.
class ChartStyle
{
public:
    // `base` is the font the chart's text grows from (the app's font, or a pinned one in tests).
    explicit ChartStyle(const QFont& base = QFont(), const ChartPalette& palette = ChartPalette::light());

    const ChartPalette& palette() const { return m_palette; }
    void setPalette(const ChartPalette& palette) { m_palette = palette; }
    // Box sizes and gaps for these fonts.
    ChartMetrics metrics() const { return m_metrics; }

    const QFont& nameFont() const { return m_name; }
    const QFont& titleFont() const { return m_title; }
    const QFont& smallFont() const { return m_small; }
    const QFont& initialsFont() const { return m_initials; }
    const QFontMetricsF& nameMetrics() const { return m_nameMetrics; }
    const QFontMetricsF& titleMetrics() const { return m_titleMetrics; }
    const QFontMetricsF& smallMetrics() const { return m_smallMetrics; }
    const QFontMetricsF& initialsMetrics() const { return m_initialsMetrics; }
    qreal unit() const { return m_unit; } // the name font's pixel size / 13: paddings and radii scale with it

    // One of twelve colours, always the same for the same name; white initials read on each (WCAG AA, 4.5:1).
    static QColor avatarColour(const QString& name);
    static const QList<QColor>& avatarColours();
    // "AO" for Ana Ortiz; from the e-mail or id when there is no name.
    static QString initials(const User& user);

private:
    ChartPalette m_palette;
    QFont m_name;
    QFont m_title;
    QFont m_small;
    QFont m_initials;
    QFontMetricsF m_nameMetrics;
    QFontMetricsF m_titleMetrics;
    QFontMetricsF m_smallMetrics;
    QFontMetricsF m_initialsMetrics;
    qreal m_unit = 1;
    ChartMetrics m_metrics;
};
