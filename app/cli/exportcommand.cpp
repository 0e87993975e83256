// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "search/usermatcher.h"
#include "search/userquery.h"

#include "commandline.h"
#include "console.h"
#include "offlinecopy.h"
#include "terminaloutput.h"

#include "credentials/environmentconnection.h"
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "export/exportfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <memory>

ExportCommand::ExportCommand(QObject* parent)
    : QObject(parent)
    , m_source(QStringLiteral("export"))
{}

ExportCommand::~ExportCommand() = default;

CliCommand ExportCommand::command()
{
    CliCommand c;
    c.name = QStringLiteral("export");
    c.summary = QT_TRANSLATE_NOOP("CliCommand", "Export the people to CSV, JSON or vCard, without a display.");
    c.describe = &ExportCommandOptions::describe;
    c.run = &ExportCommand::main;
    return c;
}

int ExportCommand::main(const QStringList& arguments)
{
    return Console::main<ExportCommand>(arguments);
}

int ExportCommand::run(const Options& given)
{
    m_source.setQuiet(given.quiet);
    if (given.timeoutMs > 0) {
        m_timeout.start(given.timeoutMs, given.timeoutText);
        m_source.setTimeout(&m_timeout); // a load it stops is reported by the source
    }
    const bool toStdout = given.output == QLatin1String("-");
    QString why;
    if (!toStdout && !ExportFile::canWrite(given.output, &why)) {
        m_source.error(why); // before a long load
        return OutputError;
    }
    Options options = given;
    Directory directory;
    SnapshotInfo snapshot;
    const int loaded = m_source.get(&options, &directory, &snapshot);
    if (loaded != Success)
        return loaded;
    if (UserQuery::parse(options.query).dependsOnHistory()) {
        // changed:/joined: ask the history: between the newest snapshot and the one before.
        OfflineCopy copy(DirectorySource::storeKey(options));
        StoreResult result;
        directory.setChangeFacts(copy.lastChanges(&result));
        if (!result.ok())
            m_source.message(result.message);
    }

    RowMatcher matcher;
    if (!compileQuery(options.query, &matcher, &why)) {
        m_source.error(why);
        return UsageError;
    }
    QList<int> rows;
    rows.reserve(directory.count());
    for (int r = 0; r < directory.count(); ++r) {
        if (matcher(directory, r))
            rows.append(r);
    }
    return write(options, directory, rows);
}

int ExportCommand::write(const Options& options, const Directory& directory, const QList<int>& rows)
{
    const QLocale locale = Console::numberLocale();
    std::unique_ptr<ExportWriter> writer = ExportWriter::create(options.format, options.writerOptions);
    writer->setColumns(options.columns.isEmpty() ? UserColumns::defaultVisibleKeys() : options.columns);
    writer->setProgressHandler([&](qint64 written, qint64 total) {
        if (m_timeout.hasExpired())
            writer->cancel(); // --timeout: a file is then not written at all
        m_source.progressLine(ExportCommand::tr("written %1/%2").arg(locale.toString(written), locale.toString(total)),
                              false);
    });

    const bool toStdout = options.output == QLatin1String("-");
    if (toStdout) {
        QFile out;
        // A terminal gets the data with its control characters escaped; a pipe or a file gets the exact bytes.
        TerminalOutput terminal(&out);
        QIODevice* device = &out;
        if (TerminalOutput::stdoutIsTerminal() && terminal.open(QIODevice::WriteOnly))
            device = &terminal;
        const bool opened = out.open(stdout, QIODevice::WriteOnly);
        const bool written = opened && writer->write(directory, rows, device);
        terminal.close();
        if (!written || !out.flush()) {
            if (writer->isCancelled()) {
                m_source.error(m_timeout.stoppedWritingStdout());
                return ApiFailure;
            }
            const QString why = writer->errorString().isEmpty() ? out.errorString() : writer->errorString();
            m_source.error(ExportCommand::tr("Could not write to stdout: %1").arg(why));
            return OutputError;
        }
    } else {
        QString error;
        const ExportFile::Result result = ExportFile::save(options.output, *writer, directory, rows, &error);
        if (result == ExportFile::Result::Cancelled) {
            m_source.error(m_timeout.stoppedWriting(options.output));
            return ApiFailure;
        }
        if (result != ExportFile::Result::Written) {
            m_source.error(error);
            return OutputError;
        }
    }
    m_source.message(ExportCommand::tr("exported %1 of %2 users as %3 to %4")
                         .arg(locale.toString(rows.size()), locale.toString(directory.count()),
                              ExportFormats::key(options.format),
                              toStdout ? ExportCommand::tr("stdout") : QDir::toNativeSeparators(options.output)));
    return Success;
}
