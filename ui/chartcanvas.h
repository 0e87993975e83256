// SPDX-License-Identifier: MIT
#pragma once

#include "chart/chartlayout.h"
#include "chart/chartpainter.h"
#include "chart/chartstyle.h"

#include <QPointF>
#include <QSet>
#include <QString>
#include <QVariantAnimation>
#include <QWidget>

#include <functional>

class Directory;

// The chart picture of the Chart tab: a custom-painted widget, because the chart is one ChartLayout drawn by the same
// ChartPainter as the exports (a QGraphicsScene would need a second, item-per-box copy of every layout).
class ChartCanvas : public QWidget
{
    Q_OBJECT
public:
    using Matcher = std::function<bool(int row)>;

    explicit ChartCanvas(const Directory* directory, QWidget* parent = nullptr);

    // Centres the chart on a person (a Directory row); `animate` slides from where they were shown.
    void centreOn(int row, bool animate);
    // Lays the chart out again from the directory (the people are found by id again; rows may have moved).
    void rebuild();
    // Marks the boxes of the people the search finds; an empty matcher marks none.
    void setMatcher(Matcher matcher);

    const ChartLayout& layout() const { return m_layout; }
    const ChartStyle& style() const { return m_style; }
    // The font the chart's text grows from (exports use it too, so they match the layout).
    QFont baseFont() const { return m_baseFont; }
    int focusRow() const { return m_focusRow; }
    QString focusId() const { return m_focusId; } // empty when the chart is empty
    int cursorNode() const { return m_cursor; }
    QSet<int> matchedNodes() const { return m_matches; }
    QSet<int> expandedRows() const { return m_spec.expanded; }
    qreal scale() const { return m_scale; }
    // Where a chart rectangle is on the widget, and the reverse.
    QRectF toWidget(const QRectF& chart) const;
    QPointF toChart(const QPointF& widget) const;
    // What the exports of "the chart as shown" paint: the cursor and the search's marks.
    ChartPaintOptions paintOptions() const;

    void zoomBy(qreal factor);
    void fitToView();
    void toggleExpanded(int node);

Q_SIGNALS:
    // The user made a box the centre (a click, Enter): the window makes that person current.
    void personActivated(int row);
    // The view changed scale (the tab shows it).
    void scaleChanged(qreal scale);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void updateStyle();
    void updateMatches();
    void setCursorNode(int node, bool reveal = true); // reveal: pan so the box is in view
    void ensureVisible(int node);
    void setScale(qreal scale);
    void layOut();

    const Directory* m_directory;
    QFont m_baseFont;
    ChartStyle m_style;
    ChartSpec m_spec;
    ChartLayout m_layout;
    QString m_focusId;           // the centre, by id: rows move when the directory changes
    QSet<QString> m_expandedIds; // people whose reports are shown too
    int m_focusRow = -1;
    int m_cursor = -1; // the keyboard's box (a node)
    Matcher m_matcher;
    QSet<int> m_matches; // nodes
    QPointF m_centre;    // the chart point at the middle of the widget
    qreal m_scale = 1;
    QVariantAnimation m_slide; // of m_centre
    QPoint m_pressPos;
    QPointF m_pressCentre;
    bool m_dragging = false;
};
