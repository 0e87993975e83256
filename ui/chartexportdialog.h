// SPDX-License-Identifier: MIT
#pragma once

#include "chartview.h"

#include <QDialog>

class QComboBox;
class QRadioButton;
class QSpinBox;

// Asks what "Export chart…" writes: the format (SVG, PNG at 1×/2×/4×, PDF on A4 or Letter) and whether the chart as
// shown or the whole team down to N levels.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(QWidget* parent = nullptr);

    ChartView::ExportChoice choice() const;
    // The save dialog's filter for the chosen format.
    QString fileFilter() const;

private:
    void updateEnabled();

    QComboBox* m_format;
    QComboBox* m_scale;
    QComboBox* m_paper;
    QRadioButton* m_shown;
    QRadioButton* m_team;
    QSpinBox* m_depth;
};
