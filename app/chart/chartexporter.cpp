// SPDX-License-Identifier: MIT
#include "chartexporter.h"

#include "chartlayout.h"
#include "chartstyle.h"
#include "charttext.h"

#include "directory/directory.h"
#include "export/exportfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QtMath>

namespace {
// QSvgGenerator writes one <text> per run of one script ("由美 " and "Yamamoto" for 由美 Yamamoto): joins the runs
// of one line (next to each other, the same attributes but x) into one <text>, the later runs as <tspan>s at their
// own x, so each name is one text element that a reader finds and selects whole. Each font-family gets the generic
// sans-serif behind it, for viewers without the font. Works on the generator's own output, whose text content never
// holds a '<' (it escapes it).
QString joinTextRuns(const QString& svg)
{
    static const QRegularExpression element(QStringLiteral("<text([^>]*)>([^<]*)</text>"));
    static const QRegularExpression xAttribute(QStringLiteral(" x=\"([^\"]*)\""));
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]+)\""));
    QString out;
    out.reserve(svg.size() + svg.size() / 8);
    qsizetype copied = 0;
    QString runAttributes; // of the open run, without its x; empty when no run is open
    auto close = [&] {
        if (!runAttributes.isNull())
            out += QStringLiteral("</text>");
        runAttributes = QString();
    };
    QRegularExpressionMatchIterator it = element.globalMatch(svg);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView between = QStringView(svg).mid(copied, m.capturedStart() - copied);
        QString attributes = m.captured(1);
        const QRegularExpressionMatch x = xAttribute.match(attributes);
        QString withoutX = attributes;
        withoutX.remove(x.capturedStart(), x.capturedLength());
        if (!runAttributes.isNull() && between.trimmed().isEmpty() && withoutX == runAttributes) {
            out += QStringLiteral("<tspan x=\"%1\">").arg(x.captured(1)) + m.captured(2) + QStringLiteral("</tspan>");
        } else {
            close();
            out += between;
            out += QStringLiteral("<text") + attributes + QLatin1Char('>') + m.captured(2);
            runAttributes = withoutX;
        }
        copied = m.capturedEnd();
    }
    close();
    out += QStringView(svg).mid(copied);
    return out.replace(family, QStringLiteral("font-family=\"\\1, sans-serif\""));
}

// PDF device units: fine enough that rounding never shows, and every length a whole number of them.
constexpr int pdfResolution = 1200;
constexpr qreal pointsPerInch = 72;
} // namespace

ChartExporter::ChartExporter(const ChartLayout& layout, const Directory& directory, const ChartStyle& style)
    : m_painter(layout, directory, style)
{}

QRectF ChartExporter::area() const
{
    // Badges and rings reach a little outside the boxes; the margin leaves room for them.
    return m_painter.layout().bounds().adjusted(-margin, -margin, margin, margin);
}

bool ChartExporter::write(QIODevice* device, const Options& options, QString* error) const
{
    if (m_painter.layout().isEmpty()) {
        if (error)
            *error = tr("The chart is empty.");
        return false;
    }
    switch (options.format) {
    case Format::Svg:
        return writeSvg(device, options, error);
    case Format::Png:
        return writePng(device, options, error);
    case Format::Pdf:
        return writePdf(device, options, error);
    }
    return false;
}

bool ChartExporter::save(const QString& path, const Options& options, QString* error) const
{
    const ExportFile::Result result = ExportFile::save(
        path, [&](QIODevice* device, QString* reason) { return write(device, options, reason); }, error);
    return result == ExportFile::Result::Written;
}

bool ChartExporter::writeSvg(QIODevice* device, const Options& options, QString* error) const
{
    const QRectF area = this->area();
    const QSize size = area.size().toSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
    svg.setResolution(96); // logical pixels are CSS pixels
    svg.setTitle(ChartText::title(m_painter.layout(), m_painter.directory()));
    svg.setDescription(tr("Made by Gong Directory"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("Could not start the SVG.");
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), area.size()), m_painter.style().palette().background);
    painter.translate(-area.topLeft());
    m_painter.paint(&painter, options.paint);
    painter.end();
    const QByteArray text = joinTextRuns(QString::fromUtf8(buffer.data())).toUtf8();
    if (device->write(text) != text.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

bool ChartExporter::writePng(QIODevice* device, const Options& options, QString* error) const
{
    const int scale = options.scale;
    if (scale != 1 && scale != 2 && scale != 4) {
        if (error)
            *error = tr("PNG scale must be 1, 2 or 4.");
        return false;
    }
    const QRectF area = this->area();
    const QSize size = (area.size() * scale).toSize();
    if (size.width() > maxPngSide || size.height() > maxPngSide ||
        qint64(size.width()) * size.height() > maxPngPixels) {
        if (error)
            *error = tr("The chart is too large for a PNG at %1× (%2 × %3 pixels); export it as SVG or PDF, or with "
                        "fewer levels or a smaller scale.")
                         .arg(scale)
                         .arg(QLocale().toString(size.width()), QLocale().toString(size.height()));
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("Not enough memory for a %1 × %2 pixel image.")
                         .arg(QLocale().toString(size.width()), QLocale().toString(size.height()));
        return false;
    }
    image.setDevicePixelRatio(scale);
    image.fill(m_painter.style().palette().background);
    {
        QPainter painter(&image);
        painter.translate(-area.topLeft());
        m_painter.paint(&painter, options.paint);
    }
    QImageWriter writer(device, "png");
    writer.setText(QStringLiteral("Title"), ChartText::title(m_painter.layout(), m_painter.directory()));
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

ChartExporter::PdfPlan ChartExporter::planPdf(const QRectF& area, const QSizeF& page, const QSizeF& overlap)
{
    PdfPlan plan;
    const qreal fit = std::min(page.width() / area.width(), page.height() / area.height());
    if (fit >= readableScale) {
        plan.scale = std::min(fit, largestScale);
        plan.tiles = {area};
        return plan;
    }
    plan.scale = tileScale;
    const QSizeF tile(page.width() / tileScale, page.height() / tileScale);
    // Each page after the first starts `overlap` before the previous one ends.
    const qreal stepX = std::max(tile.width() - overlap.width(), tile.width() / 2);
    const qreal stepY = std::max(tile.height() - overlap.height(), tile.height() / 2);
    plan.columns = 1 + int(std::ceil(std::max<qreal>(0, area.width() - tile.width()) / stepX));
    plan.rows = 1 + int(std::ceil(std::max<qreal>(0, area.height() - tile.height()) / stepY));
    for (int r = 0; r < plan.rows; ++r) {
        for (int c = 0; c < plan.columns; ++c)
            plan.tiles.append(QRectF(QPointF(area.left() + c * stepX, area.top() + r * stepY), tile));
    }
    return plan;
}

namespace {
QPageLayout pageLayout(ChartExporter::Paper paper)
{
    const QPageSize size(paper == ChartExporter::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
}

// Room for a line with the title and the page number at the top of each page.
constexpr qreal headerPoints = 14;

QSizeF contentPoints(ChartExporter::Paper paper)
{
    const QRectF paint = pageLayout(paper).paintRect(QPageLayout::Point);
    return QSizeF(paint.width(), paint.height() - headerPoints);
}
} // namespace

ChartExporter::PdfPlan ChartExporter::pdfPlan(Paper paper) const
{
    const ChartMetrics metrics = m_painter.layout().metrics();
    return planPdf(area(), contentPoints(paper),
                   QSizeF(metrics.boxWidth + metrics.gapX, metrics.boxHeight + metrics.gapY));
}

bool ChartExporter::writePdf(QIODevice* device, const Options& options, QString* error) const
{
    QPdfWriter pdf(device);
    pdf.setResolution(pdfResolution);
    pdf.setTitle(ChartText::title(m_painter.layout(), m_painter.directory()));
    pdf.setCreator(QStringLiteral("Gong Directory"));
    return paintPages(&pdf, options, error, device);
}

bool ChartExporter::paintPages(QPagedPaintDevice* pages, const Options& options, QString* error,
                               QIODevice* device) const
{
    pages->setPageLayout(pageLayout(options.paper));
    const QRectF paint = pages->pageLayout().paintRect(QPageLayout::Point);
    const QSizeF content = contentPoints(options.paper);
    const PdfPlan plan = pdfPlan(options.paper);
    const qreal unitsPerPoint = pages->logicalDpiX() / pointsPerInch;

    QPainter painter;
    if (!painter.begin(pages)) {
        if (error)
            *error = tr("Could not start the PDF: %1").arg(device ? device->errorString() : QString());
        return false;
    }
    QFont headerFont = m_painter.style().smallFont();
    headerFont.setPixelSize(qRound(8 * unitsPerPoint));
    const QString title = ChartText::title(m_painter.layout(), m_painter.directory());
    for (qsizetype i = 0; i < plan.tiles.size(); ++i) {
        if (i > 0 && !pages->newPage()) {
            if (error)
                *error = tr("Could not add a page to the PDF.");
            return false;
        }
        const QRectF tile = plan.tiles[i];
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(m_painter.style().palette().isDark ? ChartPalette::light().secondaryText
                                                          : m_painter.style().palette().secondaryText);
        const QRectF header(0, 0, paint.width() * unitsPerPoint, headerPoints * unitsPerPoint);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
        if (plan.tiles.size() > 1)
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop,
                             tr("Page %1 of %2 (row %3, column %4)")
                                 .arg(i + 1)
                                 .arg(plan.tiles.size())
                                 .arg(i / plan.columns + 1)
                                 .arg(i % plan.columns + 1));
        painter.translate(0, headerPoints * unitsPerPoint);
        painter.scale(plan.scale * unitsPerPoint, plan.scale * unitsPerPoint);
        const QRectF shown = plan.tiles.size() > 1 ? tile : QRectF(tile.topLeft(), content / plan.scale);
        painter.translate(-tile.topLeft());
        painter.setClipRect(shown);
        painter.fillRect(shown.intersected(area()), m_painter.style().palette().background);
        ChartPaintOptions paintOptions = options.paint;
        paintOptions.exposed = shown;
        m_painter.paint(&painter, paintOptions);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Could not finish the PDF: %1").arg(device ? device->errorString() : QString());
        return false;
    }
    return true;
}

QString ChartExporter::key(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool ChartExporter::fromKey(const QString& key, Format* format)
{
    for (Format f : {Format::Svg, Format::Png, Format::Pdf}) {
        if (key.compare(ChartExporter::key(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

bool ChartExporter::fromFileName(const QString& fileName, Format* format)
{
    return fromKey(QFileInfo(fileName).suffix(), format);
}

QString ChartExporter::paperKey(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

bool ChartExporter::paperFromKey(const QString& key, Paper* paper)
{
    for (Paper p : {Paper::A4, Paper::Letter}) {
        if (key.compare(paperKey(p), Qt::CaseInsensitive) == 0) {
            *paper = p;
            return true;
        }
    }
    return false;
}
