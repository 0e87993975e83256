// SPDX-License-Identifier: MIT
#pragma once

#include "audit/reconcileinput.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// The list to reconcile: pasted or typed text, or a file opened into it; one value per line, or a CSV whose column
// the user picks (the header is detected; the likeliest column is chosen). A preview says how many values there
// are and shows the first ones. Parsing is ReconcileInput's, as in `gong-directory reconcile`.
class ReconcileInputPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReconcileInputPanel(QWidget* parent = nullptr);

    // The values as they stand (the text parsed now if it changed since the preview).
    QStringList values() const;
    // Reads a file into the text; false with *error (a folder, unreadable, too large).
    bool openFile(const QString& path, QString* error);
    QPlainTextEdit* textEdit() const { return m_text; }

Q_SIGNALS:
    void valuesChanged();
    void message(const QString& text); // an error opening a file

private:
    void parse() const;
    void updatePreview();
    void chooseFile();

    QPlainTextEdit* m_text;
    QPushButton* m_open;
    QLabel* m_columnLabel;
    QComboBox* m_column;
    QLabel* m_preview;
    QTimer* m_parseTimer;
    // Parsed lazily: a paste of 10,000 lines is parsed once, not once per keystroke.
    mutable bool m_dirty = true;
    mutable bool m_isCsv = false;
    mutable ReconcileInput::Table m_table;
    mutable QStringList m_values;
    mutable int m_chosenColumn = -1; // the user's pick, kept while the header stays the same
    mutable QStringList m_chosenHeader;
};
