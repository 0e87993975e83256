// SPDX-License-Identifier: MIT
#include "reconcileinputpanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace {
constexpr int PreviewValues = 5;
constexpr int PreviewCharacters = 60;
} // namespace

ReconcileInputPanel::ReconcileInputPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reconcileInputPanel"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* label = new QLabel(tr("&List of e-mail addresses, ids or names:"), this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reconcileText"));
    m_text->setPlaceholderText(
        tr("Paste one value per line, or the rows of a spreadsheet (CSV) and pick the column below."));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true); // Tab leaves the list: keyboard users must get out of it
    m_text->setAccessibleName(tr("List to find"));
    label->setBuddy(m_text);

    m_open = new QPushButton(tr("&Open File…"), this);
    m_open->setObjectName(QStringLiteral("reconcileOpenFile"));
    m_open->setToolTip(tr("Read the list from a text or CSV file"));
    connect(m_open, &QPushButton::clicked, this, &ReconcileInputPanel::chooseFile);

    m_columnLabel = new QLabel(tr("Colu&mn:"), this);
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("reconcileColumn"));
    m_column->setAccessibleName(tr("Column of the CSV to find"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnLabel->setBuddy(m_column);
    connect(m_column, &QComboBox::activated, this, [this](int index) {
        m_chosenColumn = index;
        m_chosenHeader = m_table.header();
        m_dirty = true;
        updatePreview();
    });

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("reconcilePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* columnRow = new QHBoxLayout;
    columnRow->addWidget(m_columnLabel);
    columnRow->addWidget(m_column);
    columnRow->addWidget(m_preview, 1);

    layout->addWidget(label, 0, 0, 1, 2);
    layout->addWidget(m_text, 1, 0);
    auto* side = new QVBoxLayout;
    side->addWidget(m_open);
    side->addStretch(1);
    layout->addLayout(side, 1, 1);
    layout->addLayout(columnRow, 2, 0, 1, 2);

    m_parseTimer = new QTimer(this);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(150);
    connect(m_parseTimer, &QTimer::timeout, this, &ReconcileInputPanel::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_parseTimer->start();
    });
    updatePreview();
}

void ReconcileInputPanel::parse() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const QString text = m_text->toPlainText();
    // A list of names with commas ("Lee, Ann") still reads as lines unless most lines split alike.
    m_isCsv = !ReconcileInput::detectDelimiter(text).isNull();
    if (!m_isCsv) {
        m_table = {};
        m_values = ReconcileInput::lines(text);
        return;
    }
    m_table = ReconcileInput::parseCsv(text);
    int column = m_table.header() == m_chosenHeader ? m_chosenColumn : -1;
    if (column < 0 || column >= m_table.columnCount())
        column = ReconcileInput::guessColumn(m_table);
    m_values = ReconcileInput::column(m_table, column, m_table.headerDetected);
    if (m_column->currentIndex() != column || m_column->count() != m_table.columnCount()) {
        // The combo follows the table (a const parse only fills what the next preview shows).
        auto* combo = m_column;
        const QSignalBlocker block(combo);
        combo->clear();
        for (int c = 0; c < m_table.columnCount(); ++c) {
            const QString first = m_table.rows.value(m_table.headerDetected ? 1 : 0).value(c).trimmed();
            combo->addItem(m_table.headerDetected ? m_table.header().value(c).trimmed()
                                                  : tr("Column %1 (%2)").arg(c + 1).arg(first.left(30)));
        }
        combo->setCurrentIndex(column);
    }
}

QStringList ReconcileInputPanel::values() const
{
    parse();
    return m_values;
}

void ReconcileInputPanel::updatePreview()
{
    m_parseTimer->stop();
    parse();
    m_columnLabel->setVisible(m_isCsv);
    m_column->setVisible(m_isCsv);
    const QLocale locale;
    QStringList first;
    for (const QString& v : std::as_const(m_values).mid(0, PreviewValues)) {
        const QString t = v.trimmed();
        first.append(t.size() > PreviewCharacters ? t.left(PreviewCharacters) + QStringLiteral("…") : t);
    }
    QString text;
    if (m_values.isEmpty())
        text = m_isCsv ? tr("This column has no values.") : QString();
    else
        text = tr("%Ln value(s): %1", nullptr, int(m_values.size()))
                   .arg(first.join(QStringLiteral(", ")) +
                        (m_values.size() > PreviewValues ? QStringLiteral(", …") : QString()));
    if (m_isCsv)
        text = (m_table.headerDetected ? tr("Header row detected.") : tr("No header row.")) + QLatin1Char(' ') + text;
    m_preview->setText(text);
    Q_EMIT valuesChanged();
}

bool ReconcileInputPanel::openFile(const QString& path, QString* error)
{
    QString text;
    if (!ReconcileInput::readFile(path, &text, error))
        return false;
    m_text->setPlainText(text);
    updatePreview();
    return true;
}

void ReconcileInputPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a List"), QString(),
                                                      tr("Lists (*.txt *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        Q_EMIT message(error);
}
