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
    const QList<int> visible = m_layout.nodesIn(exposed);
    const bool sketch = options.interactive &&
                        painter->worldTransform().mapRect(QRectF(0, 0, 1, m_layout.metrics().boxHeight)).height() <
                            minimumReadableHeight;
    if (sketch) {
        for (int index : visible)
            paintSketch(painter, index);
        painter->restore();
        return;
    }
    QList<PersonBox> people;
    people.reserve(visible.size());
    for (int index : visible) {
        const ChartNode& node = m_layout.node(index);
        if (node.kind != ChartNode::Kind::Person)
            paintMarker(painter, index, options);
        else if (node.crumb)
            paintCrumb(painter, index, options);
        else
            people.append(personBox(index));
    }
    for (const PersonBox& box : std::as_const(people))
        paintFrame(painter, box, options);
    paintAvatars(painter, people);
    const ChartPalette& palette = m_style.palette();
    painter->setPen(palette.text);
    for (const PersonBox& box : std::as_const(people))
        drawLine(painter, box.textLeft, box.nameBaseline, box.textWidth, box.name, m_style.nameFont(),
                 m_style.nameMetrics(), true);
    painter->setPen(palette.secondaryText);
    for (const PersonBox& box : std::as_const(people))
        drawLine(painter, box.textLeft, box.titleBaseline, box.textWidth, box.title, m_style.titleFont(),
                 m_style.titleMetrics(), false);
    for (const PersonBox& box : std::as_const(people))
        drawLine(painter, box.textLeft, box.countsBaseline, box.textWidth, box.counts, m_style.smallFont(),
                 m_style.smallMetrics(), false);
    for (const PersonBox& box : std::as_const(people))
        paintBadges(painter, box, options);
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

ChartPainter::PersonBox ChartPainter::personBox(int index) const
{
    const ChartNode& node = m_layout.node(index);
    const User& user = m_directory.user(node.row);
    const qreal u = m_style.unit();
    const QRectF rect = node.rect;
    PersonBox box;
    box.index = index;
    box.inactive = user.active == TriState::Off;
    box.name = user.displayName();
    box.title = user.title;
    box.initials = ChartStyle::initials(user);
    box.avatar = box.inactive ? m_style.palette().inactiveAvatar : ChartStyle::avatarColour(box.name);
    box.direct = int(m_directory.directReports(node.row).size());
    box.counts = ChartText::counts(box.direct, box.direct > 0 ? m_directory.totalReports(node.row) : 0);

    const qreal pad = 10 * u;
    const qreal avatar = 40 * u;
    box.circle = QRectF(rect.left() + pad, rect.center().y() - avatar / 2, avatar, avatar);
    // Name, title and report counts, as many as there are, centred beside the avatar.
    box.textLeft = box.circle.right() + pad;
    box.textWidth = rect.right() - pad - box.textLeft;
    const QFontMetricsF& nameMetrics = m_style.nameMetrics();
    const QFontMetricsF& titleMetrics = m_style.titleMetrics();
    const QFontMetricsF& smallMetrics = m_style.smallMetrics();
    qreal height = nameMetrics.height();
    if (!box.title.isEmpty())
        height += titleMetrics.height();
    if (!box.counts.isEmpty())
        height += smallMetrics.height();
    qreal top = rect.center().y() - height / 2;
    box.nameBaseline = top + nameMetrics.ascent();
    top += nameMetrics.height();
    if (!box.title.isEmpty()) {
        box.titleBaseline = top + titleMetrics.ascent();
        top += titleMetrics.height();
    }
    box.countsBaseline = top + smallMetrics.ascent();
    return box;
}

void ChartPainter::paintFrame(QPainter* painter, const PersonBox& box, const ChartPaintOptions& options) const
{
    const ChartPalette& palette = m_style.palette();
    const qreal u = m_style.unit();
    const QRectF rect = m_layout.node(box.index).rect;
    const qreal radius = radiusUnits * u;
    const bool focus = box.index == m_layout.focusNode();
    const bool match = options.matches.contains(box.index);
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
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
}

void ChartPainter::paintAvatars(QPainter* painter, const QList<PersonBox>& boxes) const
{
    // Circles colour by colour, then every initial in white.
    painter->setPen(Qt::NoPen);
    QList<QRgb> colours;
    for (const PersonBox& box : boxes) {
        if (!colours.contains(box.avatar.rgb()))
            colours.append(box.avatar.rgb());
    }
    for (QRgb colour : std::as_const(colours)) {
        painter->setBrush(QColor(colour));
        for (const PersonBox& box : boxes) {
            if (box.avatar.rgb() == colour)
                painter->drawEllipse(box.circle);
        }
    }
    painter->setPen(Qt::white);
    const QFontMetricsF& metrics = m_style.initialsMetrics();
    for (const PersonBox& box : boxes) {
        if (box.initials.isEmpty())
            continue;
        const qreal width = std::min(metrics.horizontalAdvance(box.initials), box.circle.width() - 6 * m_style.unit());
        drawLine(painter, box.circle.center().x() - width / 2,
                 box.circle.center().y() + (metrics.ascent() - metrics.descent()) / 2, width, box.initials,
                 m_style.initialsFont(), metrics, true);
    }
}

void ChartPainter::paintBadges(QPainter* painter, const PersonBox& box, const ChartPaintOptions& options) const
{
    const ChartNode& node = m_layout.node(box.index);
    const ChartPalette& palette = m_style.palette();
    const qreal u = m_style.unit();
    const QRectF rect = node.rect;
    const QFontMetricsF& small = m_style.smallMetrics();
    if (options.cursor == box.index && box.index != m_layout.focusNode())
        paintCursor(painter, rect, radiusUnits * u);
    if (box.inactive) {
        // A badge across the top edge, so it costs the name no room.
        const QString text = ChartText::inactive();
        const qreal w = small.horizontalAdvance(text) + 12 * u;
        const qreal h = small.height() + 2 * u;
        const QRectF badge(rect.right() - 10 * u - w, rect.top() - h / 2, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.badge);
        painter->drawRoundedRect(badge, h / 2, h / 2);
        painter->setPen(palette.badgeText);
        drawLine(painter, badge.left() + 6 * u, badge.center().y() + (small.ascent() - small.descent()) / 2, w - 12 * u,
                 text, m_style.smallFont(), small, true);
    }
    if (options.interactive && (node.hasHiddenReports || node.expanded)) {
        const QRectF button = expanderRect(rect, m_style);
        painter->setPen(QPen(node.expanded ? palette.boxBorder : palette.accent, 1 * u));
        painter->setBrush(palette.box);
        painter->drawRoundedRect(button, button.height() / 2, button.height() / 2);
        const QString text = node.expanded ? QStringLiteral("\u2212") : QStringLiteral("+%1").arg(box.direct);
        const qreal advance = std::min(small.horizontalAdvance(text), button.width() - 8 * u);
        painter->setPen(node.expanded ? palette.secondaryText : palette.accent);
        drawLine(painter, button.center().x() - advance / 2,
                 button.center().y() + (small.ascent() - small.descent()) / 2, button.width() - 8 * u, text,
                 m_style.smallFont(), small, true);
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
