// SPDX-License-Identifier: MIT
#include "terminaloutput.h"

#include "base/safetext.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

TerminalOutput::TerminalOutput(QIODevice* target, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
{}

TerminalOutput::~TerminalOutput()
{
    if (isOpen())
        close();
}

bool TerminalOutput::stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDOUT_FILENO) == 1;
#else
    return false;
#endif
}

qint64 TerminalOutput::readData(char*, qint64)
{
    return -1;
}

bool TerminalOutput::put(const QString& text)
{
    const QByteArray bytes = SafeText::escaped(text, SafeText::LineBreaks::Keep).toUtf8();
    if (m_target->write(bytes) != bytes.size()) {
        setErrorString(m_target->errorString());
        return false;
    }
    return true;
}

qint64 TerminalOutput::writeData(const char* data, qint64 size)
{
    // The decoder keeps a character split between two writes; a CR at the end waits for the LF that may follow.
    QString text = m_decoder(QByteArrayView(data, size));
    if (m_heldCarriageReturn)
        text.prepend(QLatin1Char('\r'));
    m_heldCarriageReturn = text.endsWith(QLatin1Char('\r'));
    if (m_heldCarriageReturn)
        text.chop(1);
    return put(text) ? size : -1;
}

void TerminalOutput::close()
{
    if (m_heldCarriageReturn) {
        m_heldCarriageReturn = false;
        put(QStringLiteral("\r")); // alone at the very end: escaped
    }
    QIODevice::close();
}
