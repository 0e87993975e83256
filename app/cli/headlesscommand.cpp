// SPDX-License-Identifier: MIT
#include "headlesscommand.h"

#include "connectionoptions.h"
#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)
};
} // namespace

namespace HeadlessCommand {
void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    Translations::install();
}

void writeStderr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

void printUsageError(const QString& command, const QString& text)
{
    writeStderr(QStringLiteral("gong-directory %1: %2\n%3\n")
                    .arg(command, text, Tr::tr("Try 'gong-directory %1 --help'.").arg(command)));
}

QLocale numberLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

int parse(QCommandLineParser* parser, const QCommandLineOption& help, const QStringList& arguments,
          const QString& command, QString* output)
{
    QStringList args = ConnectionOptions::expandOptionalDemo(arguments);
    if (args.size() > 1 && args.at(1) == command)
        args.removeAt(1);
    if (!parser->parse(args)) {
        *output = parser->errorText();
        return 2;
    }
    if (parser->isSet(help)) {
        QString text = parser->helpText();
        // The first line names the program as it was started; Qt translates the "Usage:" around it.
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QStringLiteral("gong-directory ") + command);
        *output = text;
        return 0;
    }
    if (!parser->positionalArguments().isEmpty()) {
        *output = Tr::tr("Unexpected argument: %1").arg(parser->positionalArguments().constFirst());
        return 2;
    }
    return -1;
}
} // namespace HeadlessCommand
