// SPDX-License-Identifier: MIT
#pragma once

#include "chartlayout.h"
#include "chartstyle.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSet>

class Directory;
class QFont;
class QFontMetricsF;
class QPainter;

// What a paint shows beyond the layout itself.
struct ChartPaintOptions
{
    QRectF exposed;           // the part of the chart to paint, in chart coordinates; empty: all of it
    int cursor = -1;          // the keyboard's box, ringed (when it is not the focus)
    QSet<int> matches;        // nodes the search matches, highlighted
    bool interactive = false; // expand/collapse buttons; boxes too small to read drawn without text
};

// Draws a laid-out chart onto any QPainter (a widget, an image, SVG, PDF, a printer) in the layout's logical
// pixels: boxes with the avatar, name, title and report counts, badges, markers and orthogonal connectors. Text is
// drawn as text, and a person's full name is never elided (a long one is condensed to fit).
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
public:
    ChartPainter(const ChartLayout& layout, const Directory& directory, const ChartStyle& style);

    void paint(QPainter* painter, const ChartPaintOptions& options = {}) const;

    const ChartLayout& layout() const { return m_layout; }
    const Directory& directory() const { return m_directory; }
    const ChartStyle& style() const { return m_style; }

    // Where an interactive chart draws a box's expand/collapse button, for hit tests.
    static QRectF expanderRect(const QRectF& box, const ChartStyle& style);
    // Below this many device pixels of box height, an interactive chart draws boxes without text.
    static constexpr qreal minimumReadableHeight = 26;

private:
    // A person's box as the passes below draw it, worked out once per paint.
    struct PersonBox
    {
        int index = -1;
        QRectF circle; // the avatar
        QColor avatar;
        QString initials;
        QString name;
        QString title;
        QString counts;
        int direct = 0;
        qreal textLeft = 0;
        qreal textWidth = 0;
        qreal nameBaseline = 0;
        qreal titleBaseline = 0;
        qreal countsBaseline = 0;
        bool inactive = false;
    };
    PersonBox personBox(int index) const;

    void paintConnectors(QPainter* painter, const QRectF& exposed) const;
    // People are drawn in passes (frames, avatars, names, titles, counts, badges): each pass keeps one pen, brush and
    // font, so an SVG gets a few groups instead of several per box, and the raster engine switches state less.
    void paintFrame(QPainter* painter, const PersonBox& box, const ChartPaintOptions& options) const;
    void paintAvatars(QPainter* painter, const QList<PersonBox>& boxes) const;
    void paintBadges(QPainter* painter, const PersonBox& box, const ChartPaintOptions& options) const;
    void paintCrumb(QPainter* painter, int index, const ChartPaintOptions& options) const;
    void paintMarker(QPainter* painter, int index, const ChartPaintOptions& options) const;
    void paintSketch(QPainter* painter, int index) const;
    void paintCursor(QPainter* painter, const QRectF& box, qreal radius) const;
    // Draws `text` from `left` on `baseline` within `width`: elided, or condensed when it must stay whole.
    void drawLine(QPainter* painter, qreal left, qreal baseline, qreal width, const QString& text, const QFont& font,
                  const QFontMetricsF& metrics, bool keepWhole) const;

    const ChartLayout& m_layout;
    const Directory& m_directory;
    const ChartStyle& m_style;
};
