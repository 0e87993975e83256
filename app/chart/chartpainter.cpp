// SPDX-License-Identifier: MIT
#include "chartpainter.h"

#include "charttext.h"

#include "directory/directory.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr qreal radiusUnits = 8;
} // namespace

ChartPainter::ChartPainter(const ChartLayout& layout, const Directory& directory, const ChartStyle& style)
    : m_layout(layout)
    , m_directory(directory)
    , m_style(style)
{}

QRectF ChartPainter::expanderRect(const QRectF& box, const ChartStyle& style)
{
    const qreal u = style.unit();
    const QSizeF size(40 * u, style.smallMetrics().height() + 4 * u);
    return QRectF(QPointF(box.center().x() - size.width() / 2, box.bottom() - size.height() / 2), size);
}

void ChartPainter::paint(QPainter* painter, const ChartPaintOptions& options) const
{
    if (m_layout.isEmpty())
        return;
    // Rings and badges reach a little outside their boxes.
    const qreal margin = 12 * m_style.unit();
    const QRectF exposed = options.exposed.isEmpty() ? m_layout.bounds().adjusted(-margin, -margin, margin, margin)
                                                     : options.exposed.adjusted(-margin, -margin, margin, margin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    paintConnectors(painter, exposed);
    const bool sketch = options.interactive &&
                        painter->worldTransform().mapRect(QRectF(0, 0, 1, m_layout.metrics().boxHeight)).height() <
                            minimumReadableHeight;
    for (int index : m_layout.nodesIn(exposed)) {
        const ChartNode& node = m_layout.node(index);
        if (sketch)
            paintSketch(painter, index);
        else if (node.kind != ChartNode::Kind::Person)
            paintMarker(painter, index, options);
        else if (node.crumb)
            paintCrumb(painter, index, options);
        else
            paintPerson(painter, index, options);
    }
    painter->restore();
}

void ChartPainter::paintConnectors(QPainter* painter, const QRectF& exposed) const
{
    QPen pen(m_style.palette().connector, 1.5 * m_style.unit());
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const ChartConnector& connector : m_layout.connectors()) {
        if (connector.points.boundingRect().adjusted(-1, -1, 1, 1).intersects(exposed))
            painter->drawPolyline(connector.points);
    }
}

void ChartPainter::paintPerson(QPainter* painter, int index, const ChartPaintOptions& options) const
{
    const ChartNode& node = m_layout.node(index);
    const User& user = m_directory.user(node.row);
    const ChartPalette& palette = m_style.palette();
    const qreal u = m_style.unit();
    const QRectF box = node.rect;
    const qreal radius = radiusUnits * u;
    const bool focus = index == m_layout.focusNode();
    const bool match = options.matches.contains(index);
    const bool inactive = user.active == TriState::Off;

    QColor fill = palette.box;
    if (match)
        fill = palette.matchFill;
    else if (focus)
        fill = palette.focusFill;
    QPen border(palette.boxBorder, 1 * u);
    if (focus)
        border = QPen(palette.accent, 2.5 * u);
    else if (match)
        border = QPen(palette.matchBorder, 2 * u);
    painter->setPen(border);
    painter->setBrush(fill);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius);
    if (options.cursor == index && !focus)
        paintCursor(painter, box, radius);

    const qreal pad = 10 * u;
    const qreal avatar = 40 * u;
    const QRectF circle(box.left() + pad, box.center().y() - avatar / 2, avatar, avatar);
    const QString name = user.displayName();
    paintAvatar(painter, circle, inactive ? palette.inactiveAvatar : ChartStyle::avatarColour(name),
                ChartStyle::initials(user), m_style.initialsFont(), m_style.initialsMetrics());

    // Name, title and report counts, as many as there are, centred beside the avatar.
    const int direct = int(m_directory.directReports(node.row).size());
    const QString counts = ChartText::counts(direct, direct > 0 ? m_directory.totalReports(node.row) : 0);
    const qreal left = circle.right() + pad;
    const qreal width = box.right() - pad - left;
    qreal height = m_style.nameMetrics().height();
    if (!user.title.isEmpty())
        height += m_style.titleMetrics().height();
    if (!counts.isEmpty())
        height += m_style.smallMetrics().height();
    qreal top = box.center().y() - height / 2;
    painter->setPen(palette.text);
    drawLine(painter, left, top + m_style.nameMetrics().ascent(), width, name, m_style.nameFont(),
             m_style.nameMetrics(), true);
    top += m_style.nameMetrics().height();
    painter->setPen(palette.secondaryText);
    if (!user.title.isEmpty()) {
        drawLine(painter, left, top + m_style.titleMetrics().ascent(), width, user.title, m_style.titleFont(),
                 m_style.titleMetrics(), false);
        top += m_style.titleMetrics().height();
    }
    if (!counts.isEmpty())
        drawLine(painter, left, top + m_style.smallMetrics().ascent(), width, counts, m_style.smallFont(),
                 m_style.smallMetrics(), false);

    if (inactive) {
        // A badge across the top edge, so it costs the name no room.
        const QString text = ChartText::inactive();
        const qreal w = m_style.smallMetrics().horizontalAdvance(text) + 12 * u;
        const qreal h = m_style.smallMetrics().height() + 2 * u;
        const QRectF badge(box.right() - pad - w, box.top() - h / 2, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.badge);
        painter->drawRoundedRect(badge, h / 2, h / 2);
        painter->setPen(palette.badgeText);
        drawLine(painter, badge.left() + 6 * u,
                 badge.center().y() + (m_style.smallMetrics().ascent() - m_style.smallMetrics().descent()) / 2,
                 w - 12 * u, text, m_style.smallFont(), m_style.smallMetrics(), true);
    }

    if (options.interactive && (node.hasHiddenReports || node.expanded)) {
        const QRectF button = expanderRect(box, m_style);
        painter->setPen(QPen(node.expanded ? palette.boxBorder : palette.accent, 1 * u));
        painter->setBrush(palette.box);
        painter->drawRoundedRect(button, button.height() / 2, button.height() / 2);
        const QString text = node.expanded ? QStringLiteral("\u2212") : QStringLiteral("+%1").arg(direct);
        const qreal advance = std::min(m_style.smallMetrics().horizontalAdvance(text), button.width() - 8 * u);
        painter->setPen(node.expanded ? palette.secondaryText : palette.accent);
        drawLine(painter, button.center().x() - advance / 2,
                 button.center().y() + (m_style.smallMetrics().ascent() - m_style.smallMetrics().descent()) / 2,
                 button.width() - 8 * u, text, m_style.smallFont(), m_style.smallMetrics(), true);
    }
}

void ChartPainter::paintCrumb(QPainter* painter, int index, const ChartPaintOptions& options) const
{
    const ChartNode& node = m_layout.node(index);
    const ChartPalette& palette = m_style.palette();
    const qreal u = m_style.unit();
    const QRectF box = node.rect;
    const qreal radius = box.height() / 2;
    const bool match = options.matches.contains(index);
    painter->setPen(QPen(match ? palette.matchBorder : palette.boxBorder, 1 * u));
    painter->setBrush(match ? palette.matchFill : palette.box);
    painter->drawRoundedRect(box.adjusted(0.5 * u, 0.5 * u, -0.5 * u, -0.5 * u), radius, radius);
    if (options.cursor == index)
        paintCursor(painter, box, radius);
    const User& user = m_directory.user(node.row);
    const QString name = user.displayName();
    // A dot of the person's avatar colour, then the name.
    const qreal dot = 8 * u;
    painter->setPen(Qt::NoPen);
    painter->setBrush(user.active == TriState::Off ? palette.inactiveAvatar : ChartStyle::avatarColour(name));
    painter->drawEllipse(QRectF(box.left() + 10 * u, box.center().y() - dot / 2, dot, dot));
    painter->setPen(palette.text);
    const QFontMetricsF& metrics = m_style.smallMetrics();
    drawLine(painter, box.left() + 10 * u + dot + 6 * u, box.center().y() + (metrics.ascent() - metrics.descent()) / 2,
             box.width() - 10 * u - dot - 6 * u - 10 * u, name, m_style.smallFont(), metrics, true);
}

void ChartPainter::paintMarker(QPainter* painter, int index, const ChartPaintOptions& options) const
{
    const ChartNode& node = m_layout.node(index);
    const ChartPalette& palette = m_style.palette();
    const qreal u = m_style.unit();
    const QRectF box = node.rect;
    const bool missing = node.kind == ChartNode::Kind::MissingManager;
    const qreal radius = node.crumb ? box.height() / 2 : radiusUnits * u;

    QPen border(palette.warning, (missing ? 1.5 : 2) * u);
    if (missing)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(palette.box);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), radius, radius);
    if (options.cursor == index)
        paintCursor(painter, box, radius);

    const QString first = missing ? ChartText::missingManager() : ChartText::cycle();
    QString second;
    if (missing)
        second = ChartText::missingManagerId(node.missingId);
    else if (node.row >= 0)
        second = ChartText::cycleBackTo(m_directory.user(node.row).displayName());
    const QString glyph = missing ? QStringLiteral("?") : QStringLiteral("\u21BB");

    if (node.crumb) {
        painter->setPen(palette.warning);
        const QFontMetricsF& metrics = m_style.smallMetrics();
        const QString text = glyph + QLatin1Char(' ') + (missing ? second : first);
        drawLine(painter, box.left() + 10 * u, box.center().y() + (metrics.ascent() - metrics.descent()) / 2,
                 box.width() - 20 * u, text, m_style.smallFont(), metrics, true);
        return;
    }
    const qreal pad = 10 * u;
    const qreal avatar = 40 * u;
    const QRectF circle(box.left() + pad, box.center().y() - avatar / 2, avatar, avatar);
    QPen ring(palette.warning, 1.5 * u);
    if (missing)
        ring.setStyle(Qt::DashLine);
    painter->setPen(ring);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(circle.adjusted(u, u, -u, -u));
    painter->setPen(palette.warning);
    const QFontMetricsF& im = m_style.initialsMetrics();
    const qreal glyphWidth = im.horizontalAdvance(glyph);
    drawLine(painter, circle.center().x() - glyphWidth / 2, circle.center().y() + (im.ascent() - im.descent()) / 2,
             glyphWidth, glyph, m_style.initialsFont(), im, true);

    const qreal left = circle.right() + pad;
    const qreal width = box.right() - pad - left;
    const qreal height = m_style.nameMetrics().height() + (second.isEmpty() ? 0 : m_style.titleMetrics().height());
    const qreal top = box.center().y() - height / 2;
    painter->setPen(palette.text);
    drawLine(painter, left, top + m_style.nameMetrics().ascent(), width, first, m_style.nameFont(),
             m_style.nameMetrics(), true);
    if (!second.isEmpty()) {
        painter->setPen(palette.secondaryText);
        drawLine(painter, left, top + m_style.nameMetrics().height() + m_style.titleMetrics().ascent(), width, second,
                 m_style.titleFont(), m_style.titleMetrics(), true);
    }
}

void ChartPainter::paintSketch(QPainter* painter, int index) const
{
    // Too small to read: the box and a stripe of the avatar colour, so the shape of the organisation stays visible.
    const ChartNode& node = m_layout.node(index);
    const ChartPalette& palette = m_style.palette();
    const bool focus = index == m_layout.focusNode();
    painter->setPen(Qt::NoPen);
    painter->setBrush(focus ? palette.accent : palette.boxBorder);
    painter->drawRect(node.rect);
    painter->setBrush(focus ? palette.focusFill : palette.box);
    const qreal inset = node.rect.height() / 10;
    painter->drawRect(node.rect.adjusted(inset, inset, -inset, -inset));
    if (node.kind == ChartNode::Kind::Person) {
        painter->setBrush(ChartStyle::avatarColour(m_directory.user(node.row).displayName()));
        painter->drawRect(QRectF(node.rect.topLeft(), QSizeF(node.rect.height(), node.rect.height())));
    }
}

void ChartPainter::paintCursor(QPainter* painter, const QRectF& box, qreal radius) const
{
    const qreal u = m_style.unit();
    const qreal gap = 4 * u;
    painter->save();
    painter->setPen(QPen(m_style.palette().accent, 2 * u));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap);
    painter->restore();
}

void ChartPainter::paintAvatar(QPainter* painter, const QRectF& circle, const QColor& fill, const QString& text,
                               const QFont& font, const QFontMetricsF& metrics) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(circle);
    if (text.isEmpty())
        return;
    painter->setPen(Qt::white);
    const qreal width = std::min(metrics.horizontalAdvance(text), circle.width() - 6 * m_style.unit());
    drawLine(painter, circle.center().x() - width / 2, circle.center().y() + (metrics.ascent() - metrics.descent()) / 2,
             width, text, font, metrics, true);
}

void ChartPainter::drawLine(QPainter* painter, qreal left, qreal baseline, qreal width, const QString& text,
                            const QFont& font, const QFontMetricsF& metrics, bool keepWhole) const
{
    if (text.isEmpty() || width <= 0)
        return;
    painter->setFont(font);
    const qreal advance = metrics.horizontalAdvance(text);
    if (advance <= width) {
        painter->drawText(QPointF(left, baseline), text);
        return;
    }
    if (!keepWhole) {
        painter->drawText(QPointF(left, baseline), metrics.elidedText(text, Qt::ElideRight, width));
        return;
    }
    // Condensed to fit: the whole text stays (a name in an SVG is searchable, and read as it is).
    painter->save();
    painter->translate(left, baseline);
    painter->scale(width / advance, 1);
    painter->drawText(QPointF(0, 0), text);
    painter->restore();
}
