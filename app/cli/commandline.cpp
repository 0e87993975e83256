// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "base/safetext.h"

#include "connectionoptions.h"
#include "displaycheck.h"

#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
const QString program = QStringLiteral("gong-directory");
const QString helpName = QStringLiteral("help");

struct Window
{
    std::function<void(QCommandLineParser*)> describe;
    std::function<bool(const QStringList&, QString*)> check;
};

Window& window()
{
    static Window w;
    return w;
}

QList<CliCommand>& registry()
{
    static QList<CliCommand> commands;
    return commands;
}

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList out;
    out.reserve(argc);
    for (int i = 0; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}

// QGuiApplication and QApplication take these out of argv before the window reads its options (-platform
// offscreen, -style fusion, …); the route has to look past them the same way.
QStringList withoutQtArguments(const QStringList& arguments)
{
    static const QStringList withValue{
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("title"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("icon"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("name"),
    };
    static const QStringList flags{QStringLiteral("reverse"),     QStringLiteral("widgetcount"),
                                   QStringLiteral("testability"), QStringLiteral("nograb"),
                                   QStringLiteral("dograb"),      QStringLiteral("sync")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        // Only Qt's single-dash spellings (and "--platform"): "--name" style options are ours.
        const QString bare = a.startsWith(QLatin1String("--")) ? a.mid(2)
                             : a.startsWith(QLatin1Char('-'))  ? a.mid(1)
                                                               : QString();
        const QString key = bare.section(QLatin1Char('='), 0, 0);
        const bool doubleDash = a.startsWith(QLatin1String("--"));
        if (i > 0 && !bare.isEmpty() && (!doubleDash || key == QLatin1String("platform"))) {
            if (withValue.contains(key)) {
                if (!bare.contains(QLatin1Char('=')))
                    ++i; // the value follows
                continue;
            }
            if (flags.contains(key))
                continue;
        }
        out.append(a);
    }
    return out;
}

// Replaces the program as Qt names it on the help's first line ("Usage: build/ui/gong-directory [options]") with
// the name a user types.
QString withProgramName(QString text, const QString& name)
{
    const QString typed =
        QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : QStringLiteral("<executable_name>");
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = typed.isEmpty() ? -1 : text.indexOf(typed);
    if (at >= 0 && (end < 0 || at < end))
        text.replace(at, typed.size(), name);
    return text;
}

void prepareWindow(QCommandLineParser* parser)
{
    CommandLine::prepare(parser, CliCommand{QString(), nullptr, window().describe, {}, {}});
}

// The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
int editDistance(const QString& a, const QString& b)
{
    if (a.size() > 64)
        return int(a.size()); // no typo of a command name; and no table of a pasted megabyte
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString unknownCommandText(const QString& word)
{
    const QStringList close = CommandLine::suggestions(word);
    const QString shown = word.size() > 60 ? word.left(60) + QChar(0x2026) : word; // a pasted page stays one line
    if (close.isEmpty())
        return CommandLine::tr("unknown command '%1'").arg(shown);
    return CommandLine::tr("unknown command '%1' — did you mean '%2'?").arg(shown, close.join(QLatin1String("', '")));
}

CliCommand helpCommand()
{
    CliCommand c;
    c.name = helpName;
    c.summary = QT_TRANSLATE_NOOP("CliCommand", "Show the options of a command, or this overview.");
    c.describe = [](QCommandLineParser* parser) {
        parser->setApplicationDescription(
            CommandLine::tr("Shows the options of a command (the same as 'gong-directory <command> --help'), or "
                            "the overview of the window's options and the commands."));
        parser->addPositionalArgument(QStringLiteral("command"), CommandLine::tr("The command to explain."),
                                      QStringLiteral("[command]"));
    };
    c.run = [](const QStringList& arguments) {
        QCommandLineParser parser;
        QString output;
        const int code = CommandLine::parse(&parser, *CommandLine::find(helpName), arguments, &output);
        if (code == CommandLine::Success)
            print(stdout, output);
        else if (code > 0)
            CommandLine::printUsageError(helpName, output);
        if (code >= 0)
            return code;
        const QStringList words = parser.positionalArguments();
        if (words.size() > 1) {
            CommandLine::printUsageError(helpName, CommandLine::tr("Name one command."));
            return int(CommandLine::UsageError);
        }
        if (words.isEmpty()) {
            print(stdout, CommandLine::overview());
            return int(CommandLine::Success);
        }
        const CliCommand* command = CommandLine::find(words.constFirst());
        if (!command) { // the same answer as for the command typed without "help"
            CommandLine::printUsageError(QString(), unknownCommandText(words.constFirst()));
            return int(CommandLine::UsageError);
        }
        print(stdout, CommandLine::helpText(*command));
        return int(CommandLine::Success);
    };
    return c;
}

void ensureHelpCommand()
{
    static const bool added = [] {
        registry().append(helpCommand());
        return true;
    }();
    Q_UNUSED(added)
}

} // namespace

void CommandLine::add(const CliCommand& command)
{
    ensureHelpCommand();
    QList<CliCommand>& all = registry();
    for (CliCommand& c : all) {
        if (c.name == command.name) {
            c = command;
            return;
        }
    }
    all.append(command);
}

QList<CliCommand> CommandLine::commands()
{
    ensureHelpCommand();
    QList<CliCommand> all = registry();
    std::sort(all.begin(), all.end(), [](const CliCommand& a, const CliCommand& b) { return a.name < b.name; });
    return all;
}

const CliCommand* CommandLine::find(const QString& name)
{
    ensureHelpCommand();
    for (const CliCommand& c : std::as_const(registry())) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList CommandLine::suggestions(const QString& typed)
{
    const QString word = typed.toLower();
    int best = 3;
    QStringList out;
    for (const CliCommand& c : commands()) {
        int d = editDistance(word, c.name);
        if (d > (c.name.size() <= 4 ? 1 : 2))
            d = 3; // too far for a typo
        if (word.size() >= 2 && c.name.startsWith(word))
            d = std::min(d, 1); // "exp" → export
        if (d < best) {
            best = d;
            out.clear();
        }
        if (d == best && d < 3)
            out.append(c.name);
    }
    return out;
}

void CommandLine::setWindow(std::function<void(QCommandLineParser*)> describe,
                            std::function<bool(const QStringList&, QString*)> check)
{
    window().describe = std::move(describe);
    window().check = std::move(check);
}

CommandLine::Route CommandLine::route(const QStringList& arguments, const QProcessEnvironment& environment)
{
    Route r;
    const QString first = arguments.value(1);
    if (arguments.size() > 1 && !first.startsWith(QLatin1Char('-'))) {
        if (find(first)) {
            r.kind = Route::Kind::Command;
            r.command = first;
        } else {
            r.kind = Route::Kind::UnknownCommand;
            r.word = first;
        }
        return r;
    }

    // The window's own options (Qt's -platform, -style, … set aside, as QApplication will take them).
    const QStringList windowArguments = withoutQtArguments(arguments);
    QCommandLineParser parser;
    prepareWindow(&parser);
    if (!parser.parse(ConnectionOptions::expandOptionalDemo(windowArguments))) {
        r.kind = Route::Kind::UsageError;
        r.error = parser.errorText();
        return r;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        r.kind = Route::Kind::Help;
        return r;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        r.kind = Route::Kind::Version;
        return r;
    }
    if (!parser.positionalArguments().isEmpty()) {
        const QString word = parser.positionalArguments().constFirst();
        if (find(word)) {
            r.kind = Route::Kind::UsageError;
            r.error = tr("a command comes first: 'gong-directory %1 …'").arg(word);
        } else {
            r.kind = Route::Kind::UnknownCommand;
            r.word = word;
        }
        return r;
    }
    QString why;
    if (window().check && !window().check(windowArguments, &why)) {
        r.kind = Route::Kind::UsageError;
        r.error = why;
        return r;
    }
    r.kind = DisplayCheck::windowCanOpen(arguments, environment) ? Route::Kind::Window : Route::Kind::NoDisplay;
    return r;
}

bool CommandLine::wantsWindow(int argc, char* argv[])
{
    return route(argumentsOf(argc, argv), QProcessEnvironment::systemEnvironment()).kind == Route::Kind::Window;
}

int CommandLine::runHeadless(int argc, char* argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    // Decided before the application object exists; decided again after it, so that messages are translated.
    Route r = route(arguments, QProcessEnvironment::systemEnvironment());
    const CliCommand* command = r.kind == Route::Kind::Command ? find(r.command) : nullptr;
    const std::unique_ptr<QCoreApplication> app = command && command->makeApplication
                                                      ? command->makeApplication(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();
    r = route(arguments, QProcessEnvironment::systemEnvironment());

    switch (r.kind) {
    case Route::Kind::Command: {
        QCommandLineParser parser;
        QString output;
        const int code = parse(&parser, *command, arguments, &output);
        if (code == Success) {
            print(stdout, output);
            return code;
        }
        if (code > 0) {
            printUsageError(command->name, output);
            return code;
        }
        return command->run(arguments);
    }
    case Route::Kind::Help:
        print(stdout, overview());
        return Success;
    case Route::Kind::Version:
        print(stdout, versionText());
        return Success;
    case Route::Kind::UnknownCommand:
        printUsageError(QString(), unknownCommandText(r.word));
        return UsageError;
    case Route::Kind::UsageError:
        printUsageError(QString(), r.error);
        return UsageError;
    case Route::Kind::Window: // main() starts the window itself; here only when it could not
    case Route::Kind::NoDisplay:
        printError(QString(), tr("the window needs a display, and there is none (neither DISPLAY nor "
                                 "WAYLAND_DISPLAY is set). To export without one, use 'gong-directory export' "
                                 "(see 'gong-directory help export')."));
        return NoDisplay;
    }
    return UsageError;
}

void CommandLine::prepare(QCommandLineParser* parser, const CliCommand& command)
{
    parser->addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    parser->addOption(
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")));
    if (command.describe)
        command.describe(parser);
}

int CommandLine::parse(QCommandLineParser* parser, const CliCommand& command, const QStringList& arguments,
                       QString* output)
{
    prepare(parser, command);
    QStringList args = ConnectionOptions::expandOptionalDemo(arguments);
    // "gong-directory export …": the parser sees "gong-directory …".
    if (args.size() > 1 && args.at(1) == command.name)
        args.removeAt(1);
    if (!parser->parse(args)) {
        *output = parser->errorText();
        return UsageError;
    }
    if (parser->isSet(QStringLiteral("help"))) {
        *output = helpText(command);
        return Success;
    }
    if (parser->isSet(QStringLiteral("version"))) {
        *output = versionText();
        return Success;
    }
    return -1;
}

QString CommandLine::helpText(const CliCommand& command)
{
    QCommandLineParser parser;
    prepare(&parser, command);
    return withProgramName(parser.helpText(), program + QLatin1Char(' ') + command.name);
}

QString CommandLine::overview()
{
    QCommandLineParser parser;
    prepareWindow(&parser);
    QString text = withProgramName(parser.helpText(), program);
    const QList<CliCommand> all = commands();
    qsizetype width = 0;
    for (const CliCommand& c : all)
        width = std::max(width, c.name.size());
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand& c : all) {
        text += QStringLiteral("  ") + c.name.leftJustified(width + 2) +
                QCoreApplication::translate("CliCommand", c.summary) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("'gong-directory help <command>' shows a command's options.") + QLatin1Char('\n');
    return text;
}

QString CommandLine::versionText()
{
    return program + QLatin1Char(' ') + QStringLiteral(GONGDIR_VERSION) + QLatin1Char('\n');
}

void CommandLine::setApplicationInfo()
{
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGDIR_VERSION));
    // The "C" locale prints 5000 as "5000"; people read "5,000".
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install();
    setVerbose(false);
}

void CommandLine::setVerbose(bool verbose)
{
    // The log is for diagnosis: what the user needs to know, the window or the command says itself. These rules
    // rank below QT_LOGGING_RULES and QT_LOGGING_CONF, so either still turns any category on or off.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("gongdir.*.debug=true\ngongdir.*.info=true")
                                             : QStringLiteral("gongdir.*.debug=false\ngongdir.*.info=false"));
}

void CommandLine::printUsageError(const QString& command, const QString& text)
{
    const QString who = command.isEmpty() ? program : program + QLatin1Char(' ') + command;
    print(stderr, QStringLiteral("%1: %2\n%3\n").arg(who, text, tr("Try '%1 --help'.").arg(who)));
}

void CommandLine::printError(const QString& command, const QString& text)
{
    const QString who = command.isEmpty() ? program : program + QLatin1Char(' ') + command;
    // Whatever a message quotes (a server's words, a file name) cannot drive the terminal or forge a line.
    print(stderr, QStringLiteral("%1: %2\n").arg(who, SafeText::escaped(text, SafeText::LineBreaks::Keep)));
}
