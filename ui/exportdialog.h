// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportformat.h"
#include "export/exportwriter.h"

#include <QDialog>
#include <QList>

class Directory;
class ExportColumnPicker;
class ExportJob;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

// Asks what to export (scope with counts, format, columns, destination) and runs the export with
// progress and Cancel. The work happens in an ExportJob off the GUI thread; the file appears only
// when the export completed.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Directory* directory, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // A choice of rows, e.g. "Selected rows" (rows in output order). Empty scopes are disabled.
    int addScope(const QString& label, const QList<int>& rows);
    void setCurrentScope(int index);
    // The directory is not all loaded (`summary` says how much and why): the dialog says so, and exporting one of
    // `partialScopes` (the whole directory, a view or a team of it) asks first.
    void setIncompleteNotice(const QString& summary, const QList<int>& partialScopes);
    int currentScope() const;
    // The scope's people as rows of the directory now (anyone gone since is left out).
    QList<int> scopeRows(int index) const;

    // Checked columns in this order; every other column follows, unchecked.
    void setColumns(const QStringList& checkedKeys);
    QStringList checkedColumns() const;
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    // CSV: when a cell gets a leading ' (default: when needed), and whether the header has the API's keys
    // instead of the column titles (default: titles, as the table and the clipboard show them).
    void setFormulaGuard(FormulaGuard guard);
    FormulaGuard formulaGuard() const;
    void setHeaderKeys(bool keys);
    bool headerKeys() const;
    void setFilePath(const QString& path);
    QString filePath() const;

    bool isExporting() const;
    QString statusText() const;

public Q_SLOTS:
    // Starts writing to filePath() (asks before replacing an existing file unless `confirmed`).
    void startExport(bool confirmed = false);
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    void exported(const QString& path, int userCount);

private:
    void browse();
    void onFormatChanged();
    void onFinished(int result, const QString& error);
    void updateState();
    void setBusy(bool busy);
    bool confirmPartialExport(int count);

    const Directory* m_directory;
    ExportJob* m_job;
    struct Scope
    {
        QString label;
        QStringList ids; // resolved to rows when the export starts
    };
    QList<Scope> m_scopes;
    QString m_incompleteSummary;
    QList<int> m_partialScopes;
    QLabel* m_incompleteNotice = nullptr;
    int m_exportingCount = 0;
    QString m_exportingPath;

    QVBoxLayout* m_scopeLayout = nullptr;
    QButtonGroup* m_scopeGroup = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_bom = nullptr;
    QCheckBox* m_pretty = nullptr;
    QLabel* m_guardLabel = nullptr;
    QComboBox* m_guard = nullptr;
    QCheckBox* m_headerKeys = nullptr;
    ExportColumnPicker* m_columnPicker = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QString m_cancelText;
};
