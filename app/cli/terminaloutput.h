// SPDX-License-Identifier: MIT
#pragma once

#include <QIODevice>
#include <QStringDecoder>

// Export data on its way to a terminal: the control characters that would drive the terminal (ESC sequences,
// BEL, a lone CR, C1 controls, bidi overrides) are written as visible escapes, as `ls` does for file names (the
// same SafeText escapes as every message); line breaks and tabs stay. Files and pipes never go through here: they
// get the exact bytes.
class TerminalOutput : public QIODevice
{
    Q_OBJECT
public:
    explicit TerminalOutput(QIODevice* target, QObject* parent = nullptr);
    ~TerminalOutput() override;

    // Whether standard output is a terminal (isatty).
    static bool stdoutIsTerminal();

    void close() override; // writes what was held back (a CR that might have started a CR LF)
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool put(const QString& text);

    QIODevice* m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_heldCarriageReturn = false;
};
