// SPDX-License-Identifier: MIT
#pragma once

#include "chartpainter.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class ChartLayout;
class ChartStyle;
class Directory;
class QIODevice;
class QPagedPaintDevice;

// Writes a laid-out chart as SVG (QSvgGenerator: text stays text), PNG (1×, 2× or 4× device pixels per logical
// pixel) or PDF (QPdfWriter, landscape: fitted to one page when the text stays readable, else split over pages).
// Used by the window's Export and by `gong-directory chart`.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    enum class Format
    {
        Svg,
        Png,
        Pdf
    };
    enum class Paper
    {
        A4,
        Letter
    };
    struct Options
    {
        Format format = Format::Svg;
        int scale = 1;           // PNG: 1, 2 or 4
        Paper paper = Paper::A4; // PDF, landscape
        ChartPaintOptions paint; // a cursor or search highlights, when the chart is exported as shown
    };
    // Which part of the chart each PDF page shows and how large: `scale` is points per logical pixel.
    struct PdfPlan
    {
        qreal scale = 1;
        int columns = 1;
        int rows = 1;
        QList<QRectF> tiles; // in chart coordinates, row by row
    };

    ChartExporter(const ChartLayout& layout, const Directory& directory, const ChartStyle& style);

    // Writes to an open device; false with *error when it cannot.
    bool write(QIODevice* device, const Options& options, QString* error) const;
    // Paints the chart's pages (as a PDF gets them: landscape `options.paper`, fitted or split) onto a PDF writer or a
    // printer; `device` (may be null) is what it writes to, for the error message.
    bool paintPages(QPagedPaintDevice* pages, const Options& options, QString* error,
                    QIODevice* device = nullptr) const;
    // Writes the file atomically (ExportFile): the file is replaced only when the whole chart was written.
    bool save(const QString& path, const Options& options, QString* error) const;

    // The area an export shows: the chart's boxes with a margin around them.
    QRectF area() const;
    // The pages a PDF of this chart gets on `paper` (landscape).
    PdfPlan pdfPlan(Paper paper) const;

    static QString key(Format format); // "svg", "png", "pdf"
    static bool fromKey(const QString& key, Format* format);
    static bool fromFileName(const QString& fileName, Format* format);
    static QString paperKey(Paper paper); // "a4", "letter"
    static bool paperFromKey(const QString& key, Paper* paper);

    // One page when the chart fits `page` (points) at `readableScale` or more, else tiles at `tileScale` that
    // overlap by `overlap` (logical pixels) so a box cut at one page's edge is whole on the next.
    static PdfPlan planPdf(const QRectF& area, const QSizeF& page, const QSizeF& overlap);
    static constexpr qreal readableScale = 0.45; // points per pixel: 13 px names at 5.9 pt
    static constexpr qreal tileScale = 0.6;
    static constexpr qreal largestScale = 1.0;
    static constexpr qreal margin = 24;             // logical pixels around the chart
    static constexpr qint64 maxPngPixels = 1 << 28; // 1 GiB of ARGB while it is drawn
    static constexpr int maxPngSide = 32000;

private:
    bool writeSvg(QIODevice* device, const Options& options, QString* error) const;
    bool writePng(QIODevice* device, const Options& options, QString* error) const;
    bool writePdf(QIODevice* device, const Options& options, QString* error) const;

    ChartPainter m_painter; // and through it the layout, directory and style
};
