// SPDX-License-Identifier: MIT
#pragma once

#include "chart/chartexporter.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class ChartCanvas;
class Directory;
class QLabel;
class QStackedWidget;
class QToolButton;

// The Chart tab: the picture of the current person's place (ChartCanvas) with its zoom, Export chart… and Print…,
// following the directory as it loads, and an empty state when nobody is current.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    using Matcher = std::function<bool(int row)>;

    // What "Export chart…" writes: the chart as shown, or a whole team down to `depth` levels.
    struct ExportChoice
    {
        ChartExporter::Options options;
        bool wholeTeam = false;
        int depth = 2;
    };

    explicit ChartView(const Directory* directory, QWidget* parent = nullptr);

    // Centres on a person (by id); nobody, or someone not loaded: the empty state.
    void setUser(const QString& userId);
    void setMatcher(Matcher matcher);
    ChartCanvas* canvas() const { return m_canvas; }

    // Writes the chart to `path` atomically; false with *error when it cannot.
    bool exportChart(const QString& path, const ExportChoice& choice, QString* error) const;

Q_SIGNALS:
    // The user re-centred the chart on someone: the window makes them current.
    void currentUserChanged(const QString& userId);
    // A result for the status bar ("Exported the chart to …").
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void exportInteractively();
    void print();
    void scheduleRebuild();
    void rebuildNow();
    void updateState();

    const Directory* m_directory;
    QString m_userId;
    ChartCanvas* m_canvas;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_zoom;
    QTimer m_rebuildLater;
    bool m_stale = false; // the directory changed while the tab was hidden
};
