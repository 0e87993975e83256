// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "accessibility.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportjob.h"
#include "exportcolumnpicker.h"
#include "tones.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QString defaultFolder()
{
    const QString saved = QSettings().value(QStringLiteral("export/lastFolder")).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    // The documents folder is named even when it does not exist (a fresh account, a server).
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !docs.isEmpty() && QFileInfo(docs).isDir() ? docs : QDir::homePath();
}
} // namespace

ExportDialog::ExportDialog(const Directory* directory, QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_job(new ExportJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export People"));

    auto* scopeBox = new QGroupBox(tr("People"), this);
    m_scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeGroup = new QButtonGroup(this);

    auto* formatBox = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QVBoxLayout(formatBox);
    m_format = new QComboBox(formatBox);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    for (ExportFormat f : ExportFormats::all())
        m_format->addItem(ExportFormats::displayName(f), int(f));
    m_bom = new QCheckBox(tr("Byte-order mark (lets Excel detect UTF-8)"), formatBox);
    m_bom->setChecked(true);
    m_pretty = new QCheckBox(tr("Indented (readable; compact when off)"), formatBox);
    m_pretty->setChecked(true);
    m_headerKeys = new QCheckBox(tr("Header with API keys (for scripts; else column titles)"), formatBox);
    m_headerKeys->setObjectName(QStringLiteral("exportHeaderKeys"));
    m_guard = new QComboBox(formatBox);
    m_guard->setObjectName(QStringLiteral("exportFormulaGuard"));
    m_guard->addItem(tr("when needed"), int(FormulaGuard::Auto));
    m_guard->addItem(tr("always"), int(FormulaGuard::Always));
    m_guard->addItem(tr("never"), int(FormulaGuard::Never));
    m_guard->setItemData(0, tr("A ' before cells that could run a formula; phone numbers and numbers stay as they are"),
                         Qt::ToolTipRole);
    m_guard->setItemData(1, tr("A ' before every cell starting with = + - @, a tab or a line break (OWASP)"),
                         Qt::ToolTipRole);
    m_guard->setItemData(2, tr("Cells exactly as they are (only for files no spreadsheet opens)"), Qt::ToolTipRole);
    m_guardLabel = new QLabel(tr("Protect against spreadsheet &formulas:"), formatBox);
    m_guardLabel->setBuddy(m_guard);
    m_guardLabel->setWordWrap(true);
    formatLayout->addWidget(m_format);
    formatLayout->addWidget(m_bom);
    formatLayout->addWidget(m_headerKeys);
    formatLayout->addWidget(m_guardLabel);
    formatLayout->addWidget(m_guard);
    formatLayout->addWidget(m_pretty);
    formatLayout->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(scopeBox, 1);
    top->addWidget(formatBox, 1);

    m_columnPicker = new ExportColumnPicker(this);

    auto* destination = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    destination->addWidget(m_path, 1);
    destination->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Save to:"), destination);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText); // it quotes file names
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelText = m_cancelButton->text();

    m_incompleteNotice = new QLabel(this);
    m_incompleteNotice->setObjectName(QStringLiteral("exportIncompleteNotice"));
    m_incompleteNotice->setWordWrap(true);
    m_incompleteNotice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_incompleteNotice);
    layout->addLayout(top);
    layout->addWidget(m_columnPicker, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_columnPicker, &ExportColumnPicker::changed, this, &ExportDialog::updateState);
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(false); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progress, this, [this](qint64 written, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(written));
        const QLocale locale;
        m_progress->setFormat(tr("%1 of %2").arg(locale.toString(written), locale.toString(total)));
    });
    connect(m_job, &ExportJob::finished, this,
            [this](ExportFile::Result result, const QString& error) { onFinished(int(result), error); });

    setColumns(UserColumns::defaultVisibleKeys());
    setFormat(ExportFormat::Csv);
    setFilePath(QDir(defaultFolder()).filePath(tr("people") + QStringLiteral(".csv")));
    resize(620, 640);
}

ExportDialog::~ExportDialog() = default;

int ExportDialog::addScope(const QString& label, const QList<int>& rows)
{
    const int index = int(m_scopes.size());
    // Kept as ids: a refresh may move rows while the dialog is open.
    QStringList ids;
    ids.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_directory->count())
            ids.append(m_directory->user(row).id);
    }
    m_scopes.append({label, ids});
    auto* button = new QRadioButton(tr("%1 (%2)").arg(label, QLocale().toString(rows.size())), this);
    button->setEnabled(!rows.isEmpty());
    m_scopeGroup->addButton(button, index);
    m_scopeLayout->addWidget(button);
    if (m_scopeGroup->checkedId() < 0 && !rows.isEmpty())
        button->setChecked(true);
    updateState();
    return index;
}

void ExportDialog::setCurrentScope(int index)
{
    if (QAbstractButton* b = m_scopeGroup->button(index); b && b->isEnabled())
        b->setChecked(true);
}

void ExportDialog::setIncompleteNotice(const QString& summary, const QList<int>& partialScopes)
{
    m_incompleteSummary = summary;
    m_partialScopes = partialScopes;
    Tones::setToned(m_incompleteNotice, tr("The directory is incomplete: %1").arg(summary), Tones::Tone::Warning);
    m_incompleteNotice->setVisible(!summary.isEmpty());
}

bool ExportDialog::confirmPartialExport(int count)
{
    QMessageBox question(QMessageBox::Warning, tr("Export an Incomplete Directory?"),
                         tr("The directory is incomplete: %1").arg(m_incompleteSummary), QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("partialExportQuestion"));
    question.setInformativeText(
        tr("The file will hold only the %Ln people loaded. Load everyone first (Refresh) for a complete export.",
           nullptr, count));
    QPushButton* go = question.addButton(tr("Export %Ln Loaded People", nullptr, count), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == go;
}

int ExportDialog::currentScope() const
{
    return m_scopeGroup->checkedId();
}

QList<int> ExportDialog::scopeRows(int index) const
{
    QList<int> rows;
    if (index < 0 || index >= m_scopes.size())
        return rows;
    rows.reserve(m_scopes[index].ids.size());
    for (const QString& id : m_scopes[index].ids) {
        const int row = m_directory->rowOf(id);
        if (row >= 0) // gone since the dialog opened
            rows.append(row);
    }
    return rows;
}

void ExportDialog::setColumns(const QStringList& checkedKeys)
{
    m_columnPicker->setColumns(checkedKeys);
}

QStringList ExportDialog::checkedColumns() const
{
    return m_columnPicker->checkedColumns();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    onFormatChanged();
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::setFormulaGuard(FormulaGuard guard)
{
    m_guard->setCurrentIndex(m_guard->findData(int(guard)));
}

FormulaGuard ExportDialog::formulaGuard() const
{
    return static_cast<FormulaGuard>(m_guard->currentData().toInt());
}

void ExportDialog::setHeaderKeys(bool keys)
{
    m_headerKeys->setChecked(keys);
}

bool ExportDialog::headerKeys() const
{
    return m_headerKeys->isChecked();
}

void ExportDialog::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::onFormatChanged()
{
    const ExportFormat f = format();
    m_bom->setVisible(f == ExportFormat::Csv);
    m_headerKeys->setVisible(f == ExportFormat::Csv);
    m_guardLabel->setVisible(f == ExportFormat::Csv);
    m_guard->setVisible(f == ExportFormat::Csv);
    m_pretty->setVisible(f == ExportFormat::Json);
    const bool columns = ExportFormats::usesColumns(f);
    m_columnPicker->setNote(
        columns ? tr("Checked columns are exported in this order; drag them, or use Alt+Up and Alt+Down, to reorder.")
        : f == ExportFormat::Json ? tr("JSON holds every field exactly as Gong sent it; columns do not apply.")
                                  : tr("vCards hold name, email addresses, phone, title, languages, meeting "
                                       "links and manager; columns do not apply."),
        columns);
    // Keep the file name, follow the format's suffix.
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        ExportFormat current;
        if (!ExportFormats::fromFileName(path, &current) || current != f)
            setFilePath(
                QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + ExportFormats::suffix(f)));
    }
    updateState();
}

void ExportDialog::browse()
{
    const ExportFormat f = format();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export to"), filePath(), ExportFormats::fileFilter(f));
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportFormats::suffix(f);
    setFilePath(path);
}

void ExportDialog::updateState()
{
    if (!m_exportButton)
        return;
    const bool busy = m_job->isRunning();
    const bool haveScope = currentScope() >= 0;
    const bool haveColumns = !ExportFormats::usesColumns(format()) || !checkedColumns().isEmpty();
    m_exportButton->setEnabled(!busy && haveScope && haveColumns && !filePath().isEmpty());
}

void ExportDialog::setBusy(bool busy)
{
    for (QAbstractButton* b : m_scopeGroup->buttons())
        b->setEnabled(!busy && !m_scopes[m_scopeGroup->id(b)].ids.isEmpty());
    m_format->setEnabled(!busy);
    m_bom->setEnabled(!busy);
    m_headerKeys->setEnabled(!busy);
    m_guard->setEnabled(!busy);
    m_pretty->setEnabled(!busy);
    m_columnPicker->setChoosable(!busy && ExportFormats::usesColumns(format()));
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateState();
}

void ExportDialog::startExport(bool confirmed)
{
    if (m_job->isRunning() || currentScope() < 0)
        return;
    const QString path = filePath();
    const QFileInfo info(path);
    QString why;
    if (path.isEmpty() || !ExportFile::canWrite(path, &why)) {
        m_status->setText(why.isEmpty() ? tr("Choose a file to export to.") : why);
        return;
    }
    if (!confirmed && !m_incompleteSummary.isEmpty() && m_partialScopes.contains(currentScope()) &&
        !confirmPartialExport(int(scopeRows(currentScope()).size())))
        return;
    if (!confirmed && info.exists()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace file?"), tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    ExportJob::Request request;
    request.rows = scopeRows(currentScope());
    request.format = format();
    request.columns = checkedColumns();
    request.options.byteOrderMark = m_bom->isChecked();
    request.options.prettyJson = m_pretty->isChecked();
    request.options.formulaGuard = formulaGuard();
    request.options.csvHeader = m_headerKeys->isChecked() ? CsvHeader::Keys : CsvHeader::Titles;
    request.path = path;
    if (!m_job->start(*m_directory, request))
        return;
    m_exportingCount = int(request.rows.size());
    m_exportingPath = path;
    QSettings().setValue(QStringLiteral("export/lastFolder"), info.absolutePath());
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting…"));
    m_status->setText(tr("Exporting %Ln user(s)…", nullptr, m_exportingCount));
    m_cancelButton->setText(tr("Cancel Export"));
    setBusy(true);
}

void ExportDialog::cancelExport()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportDialog::reject()
{
    // Esc or Cancel during an export stops the export; the dialog stays to say so.
    if (m_job->isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onFinished(int result, const QString& error)
{
    m_cancelButton->setText(m_cancelText);
    setBusy(false);
    switch (static_cast<ExportFile::Result>(result)) {
    case ExportFile::Result::Written:
        m_status->setText(tr("Exported %Ln user(s) to %1.", nullptr, m_exportingCount)
                              .arg(QDir::toNativeSeparators(m_exportingPath)));
        Q_EMIT exported(m_exportingPath, m_exportingCount);
        accept();
        break;
    case ExportFile::Result::Cancelled:
        m_status->setText(tr("Export cancelled; no file was written."));
        break;
    case ExportFile::Result::Failed:
        m_status->setText(error);
        break;
    }
}
