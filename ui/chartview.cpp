// SPDX-License-Identifier: MIT
#include "chartview.h"

#include "chart/chartpalette.h"
#include "chartcanvas.h"
#include "chartexportdialog.h"
#include "directory/directory.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Directory changes arrive a page (100 people) at a time, three a second: one layout for a burst of them.
constexpr int rebuildDelayMs = 100;

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

ChartView::ChartView(const Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_canvas(new ChartCanvas(directory, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_zoom(new QLabel(this))
{
    setObjectName(QStringLiteral("chartView"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    QToolButton* zoomOut = toolButton(this, QStringLiteral("chartZoomOut"), tr("−"), tr("Zoom out (Ctrl+−)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    QToolButton* zoomIn = toolButton(this, QStringLiteral("chartZoomIn"), tr("+"), tr("Zoom in (Ctrl++)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    QToolButton* fit =
        toolButton(this, QStringLiteral("chartFit"), tr("Fi&t"), tr("Fit the chart in the view (Ctrl+0)"));
    QToolButton* exportButton =
        toolButton(this, QStringLiteral("chartExport"), tr("E&xport Chart…"), tr("Save the chart as SVG, PNG or PDF"));
    QToolButton* printButton = toolButton(this, QStringLiteral("chartPrint"), tr("&Print…"), tr("Print the chart"));
    m_zoom->setObjectName(QStringLiteral("chartZoomLevel"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    auto* hint = new QLabel(tr("Click a box or press Enter to centre on someone; arrows move, Space shows a "
                               "report's team, drag to pan, Ctrl+wheel zooms."),
                            this);
    hint->setObjectName(QStringLiteral("chartHint"));
    // A narrow window cuts the hint instead of growing for it; the tooltip keeps all of it.
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hint->setToolTip(hint->text());
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoom);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addSpacing(12);
    bar->addWidget(hint, 1);
    bar->addWidget(exportButton);
    bar->addWidget(printButton);

    m_stack->setObjectName(QStringLiteral("chartStack"));
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nobody is chosen. Pick a person in People or Org chart to see their managers, peers and "
                        "reports here."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_canvas);
    setFocusProxy(m_canvas);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(0.8); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.25); });
    connect(fit, &QToolButton::clicked, m_canvas, &ChartCanvas::fitToView);
    connect(exportButton, &QToolButton::clicked, this, &ChartView::exportInteractively);
    connect(printButton, &QToolButton::clicked, this, &ChartView::print);
    connect(m_canvas, &ChartCanvas::scaleChanged, this,
            [this](qreal scale) { m_zoom->setText(tr("%1 %").arg(qRound(scale * 100))); });
    m_zoom->setText(tr("%1 %").arg(100));
    connect(m_canvas, &ChartCanvas::personActivated, this, [this](int row) {
        m_userId = m_directory->user(row).id;
        Q_EMIT currentUserChanged(m_userId);
    });

    m_rebuildLater.setSingleShot(true);
    m_rebuildLater.setInterval(rebuildDelayMs);
    connect(&m_rebuildLater, &QTimer::timeout, this, &ChartView::rebuildNow);
    connect(directory, &Directory::usersAppended, this, &ChartView::scheduleRebuild);
    connect(directory, &Directory::usersChanged, this, &ChartView::scheduleRebuild);
    connect(directory, &Directory::derivedDataChanged, this, &ChartView::scheduleRebuild);
    connect(directory, &Directory::usersRemoved, this, &ChartView::scheduleRebuild);
    connect(directory, &Directory::reset, this, &ChartView::scheduleRebuild);
    updateState();
}

void ChartView::setUser(const QString& userId)
{
    const int row = m_directory->rowOf(userId);
    if (userId == m_userId && row == m_canvas->focusRow())
        return;
    m_userId = userId;
    if (!isVisible()) {
        m_stale = true; // walking the table with the arrow keys lays out no hidden chart
        return;
    }
    m_canvas->centreOn(row, true);
    updateState();
}

void ChartView::setMatcher(Matcher matcher)
{
    m_canvas->setMatcher(std::move(matcher));
}

void ChartView::scheduleRebuild()
{
    if (!isVisible()) {
        m_stale = true; // a hidden tab lays out once, when it is shown
        return;
    }
    if (!m_rebuildLater.isActive())
        m_rebuildLater.start();
}

void ChartView::rebuildNow()
{
    m_stale = false;
    const int row = m_directory->rowOf(m_userId);
    if (m_userId != m_canvas->focusId())
        m_canvas->centreOn(row, false); // someone else, or the person arrived (a load, a connection switch)
    else
        m_canvas->rebuild();
    updateState();
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void ChartView::updateState()
{
    const bool shown = !m_canvas->layout().isEmpty();
    if (!shown && !m_userId.isEmpty())
        m_empty->setText(tr("The current person is not in the directory loaded so far."));
    else if (!shown)
        m_empty->setText(tr("Nobody is chosen. Pick a person in People or Org chart to see their managers, peers "
                            "and reports here."));
    const bool hadFocus = m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(m_canvas) : m_empty);
    if (hadFocus && shown)
        m_canvas->setFocus();
}

bool ChartView::exportChart(const QString& path, const ExportChoice& choice, QString* error) const
{
    // Exports use the fixed light or dark colours (a document, not the window's theme).
    const ChartStyle style(m_canvas->baseFont(),
                           m_canvas->style().palette().isDark ? ChartPalette::dark() : ChartPalette::light());
    ChartExporter::Options options = choice.options;
    if (!choice.wholeTeam) {
        options.paint = m_canvas->paintOptions();
        return ChartExporter(m_canvas->layout(), *m_directory, style).save(path, options, error);
    }
    ChartSpec spec;
    spec.mode = ChartSpec::Mode::Team;
    spec.focusRow = m_canvas->focusRow();
    spec.depth = choice.depth;
    const ChartLayout team = ChartLayout::build(*m_directory, spec, style.metrics());
    return ChartExporter(team, *m_directory, style).save(path, options, error);
}

void ChartView::exportInteractively()
{
    if (m_canvas->layout().isEmpty())
        return;
    ChartExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoice choice = dialog.choice();
    const QString name = m_directory->user(m_canvas->focusRow()).displayName();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1 org chart").arg(name) + QLatin1Char('.') + ChartExporter::key(choice.options.format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested, dialog.fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (exportChart(path, choice, &error))
        Q_EMIT message(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT message(tr("Could not export the chart: %1").arg(error));
}

void ChartView::print()
{
    if (m_canvas->layout().isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("%1 org chart").arg(m_directory->user(m_canvas->focusRow()).displayName()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Pdf;
    options.paper = printer.pageLayout().pageSize().id() == QPageSize::Letter ? ChartExporter::Paper::Letter
                                                                              : ChartExporter::Paper::A4;
    options.paint = m_canvas->paintOptions();
    const ChartStyle style(m_canvas->baseFont(), ChartPalette::light()); // paper is white
    QString error;
    if (ChartExporter(m_canvas->layout(), *m_directory, style).paintPages(&printer, options, &error))
        Q_EMIT message(tr("Sent the chart to %1").arg(printer.printerName()));
    else
        Q_EMIT message(tr("Could not print the chart: %1").arg(error));
}
