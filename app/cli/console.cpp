// SPDX-License-Identifier: MIT
#include "console.h"

#include "base/safetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Console {
void writeStderr(const QString& text)
{
    std::fputs(SafeText::escaped(text, SafeText::LineBreaks::Keep).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

int parse(QCommandLineParser* parser, const CliCommand& command, const QStringList& arguments, QString* output)
{
    const int code = CommandLine::parse(parser, command, arguments, output);
    if (code >= 0)
        return code;
    if (!parser->positionalArguments().isEmpty()) {
        *output = QCoreApplication::translate("Console", "Unexpected argument: %1")
                      .arg(parser->positionalArguments().constFirst());
        return CommandLine::UsageError;
    }
    return -1;
}
} // namespace Console
