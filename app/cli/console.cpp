// SPDX-License-Identifier: MIT
#include "console.h"

#include "connectionoptions.h"

#include "i18n/translations.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Console {
void writeStderr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QLocale numberLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

QString helpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    // The first line names the program as it was started; Qt translates the "Usage:" around it.
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("gong-directory ") + command);
    return text;
}

void setUp()
{
    QCoreApplication::setApplicationName(QStringLiteral("gong-directory"));
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    Translations::install();
}

QString tryHelp(const QString& command)
{
    return QCoreApplication::translate("Console", "Try 'gong-directory %1 --help'.").arg(command);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Console", "Show this help."));
}

int parse(QCommandLineParser& parser, const QStringList& arguments, const QCommandLineOption& help,
          const QString& command, QString* output)
{
    QStringList args = ConnectionOptions::expandOptionalDemo(arguments);
    // "gong-directory <command> …": the parser sees "gong-directory …".
    if (args.size() > 1 && args.at(1) == command)
        args.removeAt(1);
    if (!parser.parse(args)) {
        *output = parser.errorText();
        return 2;
    }
    if (parser.isSet(help)) {
        *output = helpText(parser, command);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = QCoreApplication::translate("Console", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst());
        return 2;
    }
    return -1;
}
} // namespace Console
