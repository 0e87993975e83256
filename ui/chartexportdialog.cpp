// SPDX-License-Identifier: MIT
#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ChartExportDialog::ChartExportDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chartExportDialog"));
    setWindowTitle(tr("Export Chart"));

    m_shown = new QRadioButton(tr("The chart as &shown"), this);
    m_shown->setObjectName(QStringLiteral("chartExportShown"));
    m_shown->setChecked(true);
    m_team = new QRadioButton(tr("The whole &team, levels below:"), this);
    m_team->setObjectName(QStringLiteral("chartExportTeam"));
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(QStringLiteral("chartExportDepth"));
    m_depth->setRange(1, 20);
    m_depth->setValue(2);
    m_depth->setAccessibleName(tr("Levels below"));
    auto* team = new QHBoxLayout;
    team->addWidget(m_team);
    team->addWidget(m_depth);
    team->addStretch(1);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("chartExportFormat"));
    m_format->addItem(tr("SVG (scalable, text stays text)"), int(ChartExporter::Format::Svg));
    m_format->addItem(tr("PNG image"), int(ChartExporter::Format::Png));
    m_format->addItem(tr("PDF (landscape)"), int(ChartExporter::Format::Pdf));
    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("chartExportScale"));
    for (int scale : {1, 2, 4})
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_scale->setCurrentIndex(1);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("chartExportPaper"));
    m_paper->addItem(tr("A4"), int(ChartExporter::Paper::A4));
    m_paper->addItem(tr("Letter"), int(ChartExporter::Paper::Letter));
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_paper->setCurrentIndex(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("PNG s&ize:"), m_scale);
    form->addRow(tr("&Paper:"), m_paper);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shown);
    layout->addLayout(team);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateEnabled);
    connect(m_team, &QRadioButton::toggled, this, &ChartExportDialog::updateEnabled);
    updateEnabled();
}

void ChartExportDialog::updateEnabled()
{
    const auto format = ChartExporter::Format(m_format->currentData().toInt());
    m_scale->setEnabled(format == ChartExporter::Format::Png);
    m_paper->setEnabled(format == ChartExporter::Format::Pdf);
    m_depth->setEnabled(m_team->isChecked());
}

ChartView::ExportChoice ChartExportDialog::choice() const
{
    ChartView::ExportChoice choice;
    choice.options.format = ChartExporter::Format(m_format->currentData().toInt());
    choice.options.scale = m_scale->currentData().toInt();
    choice.options.paper = ChartExporter::Paper(m_paper->currentData().toInt());
    choice.wholeTeam = m_team->isChecked();
    choice.depth = m_depth->value();
    return choice;
}

QString ChartExportDialog::fileFilter() const
{
    switch (ChartExporter::Format(m_format->currentData().toInt())) {
    case ChartExporter::Format::Svg:
        return tr("SVG images (*.svg)");
    case ChartExporter::Format::Png:
        return tr("PNG images (*.png)");
    case ChartExporter::Format::Pdf:
        return tr("PDF documents (*.pdf)");
    }
    return {};
}
