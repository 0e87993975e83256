// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QPalette;

// The chart's colours. Light and dark are fixed sets (for exports and the command line); fromPalette() follows the
// window's palette so the chart on screen matches the rest of the app.
struct ChartPalette
{
    QColor background;
    QColor box;
    QColor boxBorder;
    QColor text;
    QColor secondaryText;
    QColor connector;
    QColor accent;    // the focus's border, the keyboard cursor
    QColor focusFill; // the focus's box
    QColor matchFill; // boxes the search matches
    QColor matchBorder;
    QColor badge; // the "Inactive" badge
    QColor badgeText;
    QColor warning; // missing managers and reporting cycles
    QColor inactiveAvatar;

    bool isDark = false;

    static ChartPalette light();
    static ChartPalette dark();
    static ChartPalette fromPalette(const QPalette& palette);
};
