// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include "directory/user.h"

#include <QFontInfo>
#include <QtMath>

namespace {
QFont sized(const QFont& base, int pixels, QFont::Weight weight)
{
    QFont font = base;
    // The family the font database chose ("DejaVu Sans", not "Sans Serif"): SVG and PDF name it to their readers.
    font.setFamilies({QFontInfo(base).family()});
    font.setPixelSize(std::max(6, pixels));
    font.setWeight(weight);
    // The same glyph positions at every scale and in SVG and PDF: no hinting that snaps them to device pixels.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

int pixelSize(const QFont& font)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    return qRound(font.pointSizeF() > 0 ? font.pointSizeF() * 4 / 3 : 13);
}

QChar firstLetter(const QString& text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return c;
    }
    return {};
}
} // namespace

ChartStyle::ChartStyle(const QFont& base, const ChartPalette& palette)
    : m_palette(palette)
    , m_name(sized(base, std::clamp(pixelSize(base), 11, 24), QFont::DemiBold))
    , m_title(sized(base, pixelSize(m_name) - 1, QFont::Normal))
    , m_small(sized(base, pixelSize(m_name) - 2, QFont::Normal))
    , m_initials(sized(base, pixelSize(m_name) + 2, QFont::Bold))
    , m_nameMetrics(m_name)
    , m_titleMetrics(m_title)
    , m_smallMetrics(m_small)
    , m_initialsMetrics(m_initials)
{
    m_unit = pixelSize(m_name) / 13.0;
    // Three lines of text beside a 40 px avatar: name, title, report counts.
    const qreal lines = m_nameMetrics.height() + m_titleMetrics.height() + m_smallMetrics.height();
    m_metrics.boxHeight = std::ceil(std::max(lines + 18 * m_unit, 64 * m_unit));
    m_metrics.boxWidth = std::ceil(224 * m_unit);
    m_metrics.gapX = std::ceil(24 * m_unit);
    m_metrics.gapY = std::ceil(44 * m_unit);
    m_metrics.stackGap = std::ceil(12 * m_unit);
    m_metrics.indent = std::ceil(28 * m_unit);
    m_metrics.crumbWidth = std::ceil(160 * m_unit);
    m_metrics.crumbHeight = std::ceil(m_smallMetrics.height() + 14 * m_unit);
    m_metrics.crumbGap = std::ceil(20 * m_unit);
    m_metrics.maxRowWidth = 18 * (m_metrics.boxWidth + m_metrics.gapX);
}

const QList<QColor>& ChartStyle::avatarColours()
{
    static const QList<QColor> colours = {
        QColor(0xc6, 0x28, 0x28), QColor(0xad, 0x14, 0x57), QColor(0x8e, 0x24, 0xaa), QColor(0x45, 0x27, 0xa0),
        QColor(0x28, 0x35, 0x93), QColor(0x15, 0x65, 0xc0), QColor(0x00, 0x69, 0x5c), QColor(0x2e, 0x7d, 0x32),
        QColor(0x9e, 0x65, 0x00), QColor(0xbf, 0x36, 0x0c), QColor(0x4e, 0x34, 0x2e), QColor(0x37, 0x47, 0x4f),
    };
    return colours;
}

QColor ChartStyle::avatarColour(const QString& name)
{
    // FNV-1a over the UTF-16 text: the same colour for the same name on every run, platform and Qt version
    // (qHash is seeded per process).
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const QList<QColor>& colours = avatarColours();
    return colours[int(hash % quint32(colours.size()))];
}

QString ChartStyle::initials(const User& user)
{
    QString out;
    const QChar first = firstLetter(user.firstName);
    const QChar last = firstLetter(user.lastName);
    if (!first.isNull())
        out += first;
    if (!last.isNull())
        out += last;
    if (out.isEmpty()) {
        const QChar fallback = firstLetter(user.displayName());
        if (!fallback.isNull())
            out += fallback;
    }
    return out.toUpper();
}
