// SPDX-License-Identifier: MIT
#include "changescommand.h"

#include "console.h"
#include "offlinecopy.h"

#include "directory/directory.h"
#include "directory/duration.h"
#include "export/changeswriter.h"
#include "export/exportfile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

ChangesCommand::ChangesCommand(QObject* parent)
    : QObject(parent)
    , m_source(QStringLiteral("changes"))
{}

CliCommand ChangesCommand::command()
{
    return Console::command<ChangesCommand>(
        QStringLiteral("changes"),
        QT_TRANSLATE_NOOP("CliCommand", "What changed between two snapshots of the offline copy, as CSV or JSON."));
}

bool ChangesCommand::parseWhen(const QString& text, qint64 nowMsecs, qint64* msecs)
{
    const QString t = text.trimmed();
    qint64 span = 0;
    if (Duration::parse(t, &span)) {
        *msecs = nowMsecs - span;
        return true;
    }
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return false;
        *msecs = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        return true;
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // no offset given: UTC, as every time this command prints
    *msecs = time.toMSecsSinceEpoch();
    return true;
}

void ChangesCommand::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        tr("What changed in a connection's directory between two snapshots of its offline copy: the newest\n"
           "and the newest one taken at or before --since (without it, the one before the newest).\n"
           "One record per change: kind (joined, left, activated, deactivated, changed), id, name,\n"
           "field (the API field name, dotted for settings, for kind changed), before and after (the\n"
           "JSON values, null where absent), from and to (the two snapshots' times, ISO-8601 UTC),\n"
           "sorted by kind, name and field. Lists are compared without their order.\n\n"
           "Offline by default: no request and no credentials. --refresh first loads the directory and\n"
           "stores it as a new snapshot (credentials as for 'gong-directory export').\n\n"
           "Exit codes: 0 success, 2 usage error, fewer than two snapshots or no snapshot at or before\n"
           "--since, 3 authentication failure (401/403), 4 API or network failure after retries,\n"
           "5 output could not be written."));
    ConnectionOptions::addOptions(parser, tr("The built-in demo company of N users (--demo alone: 5000)."),
                                  tr("The copy of loads that include Gong staff (avatars)."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("Compare with the newest snapshot taken at or before WHEN: an ISO-8601 date or time (UTC unless it "
           "says otherwise), or a span back from now such as 7d or 12h."),
        QStringLiteral("WHEN"));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
                                     tr("First load the directory and store it as a new snapshot."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."), QStringLiteral("format"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), tr("CSV without the UTF-8 byte-order mark."));
    const QCommandLineOption compact(QStringLiteral("compact"), tr("JSON on one line instead of indented."));
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                 tr("Write to FILE (replaced only when it succeeds); '-' is stdout (the default)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("No progress or summary on stderr, only errors."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Also show the client's log on stderr."));
    parser->addOptions(
        {ConnectionOptions::profileOption(), since, refresh, format, noBom, compact, out, quiet, verbose});
}

int ChangesCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                          QString* output)
{
    QCommandLineParser parser;
    if (const int code = Console::parse(&parser, command(), arguments, output); code >= 0)
        return code;
    Options o;
    if (!o.read(parser, output))
        return DirectorySource::UsageError;
    if (parser.isSet(QStringLiteral("output"))) {
        o.output = parser.value(QStringLiteral("output"));
        if (o.output.isEmpty()) {
            *output = tr("--output needs a file name, or '-' for stdout.");
            return DirectorySource::UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("format"))) {
        if (!ExportFormats::fromKey(parser.value(QStringLiteral("format")), &o.format) ||
            !ChangesWriter::supports(o.format)) {
            *output = tr("Unknown format “%1”; use csv or json.").arg(parser.value(QStringLiteral("format")));
            return DirectorySource::UsageError;
        }
    } else if (o.output != QLatin1String("-")) {
        ExportFormat fromName = o.format;
        if (ExportFormats::fromFileName(o.output, &fromName) && ChangesWriter::supports(fromName))
            o.format = fromName; // "changes.json" means JSON
    }
    if (parser.isSet(QStringLiteral("since")) &&
        !parseWhen(parser.value(QStringLiteral("since")), QDateTime::currentMSecsSinceEpoch(), &o.sinceMsecs)) {
        *output = tr("--since expects an ISO-8601 date or time (2026-11-28, 2026-11-28T09:00:00Z) or a span "
                     "back from now (7d, 12h).");
        return DirectorySource::UsageError;
    }
    o.refresh = parser.isSet(QStringLiteral("refresh"));
    o.offline = !o.refresh;
    o.writerOptions.byteOrderMark = !parser.isSet(QStringLiteral("no-bom"));
    o.writerOptions.prettyJson = !parser.isSet(QStringLiteral("compact"));
    o.quiet = parser.isSet(QStringLiteral("quiet"));
    o.verbose = parser.isSet(QStringLiteral("verbose"));
    const int connection = DirectorySource::resolveConnection(parser, environment, &o, o.refresh, output);
    if (connection >= 0)
        return connection;
    *options = o;
    return -1;
}

int ChangesCommand::run(const Options& given)
{
    Options options = given;
    m_source.setQuiet(options.quiet);
    const bool toStdout = options.output == QLatin1String("-");
    QString why;
    if (!toStdout && !ExportFile::canWrite(options.output, &why)) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }
    if (options.refresh) {
        Directory directory;
        SnapshotInfo stored;
        options.offline = false;
        const int code = m_source.get(&options, &directory, &stored);
        if (code != DirectorySource::Success)
            return code;
    } else if (!options.demo && !options.profile.isEmpty()) {
        const int code = m_source.resolveProfile(&options, false);
        if (code != DirectorySource::Success)
            return code;
    }

    const StoreKey key = DirectorySource::storeKey(options);
    OfflineCopy copy(key);
    StoreResult result;
    const QList<SnapshotInfo> all = copy.snapshots(&result);
    if (!result.ok() && result.error != SqliteFile::Error::Missing) {
        m_source.error(result.message);
        return DirectorySource::UsageError;
    }
    if (all.size() < 2) {
        m_source.error(tr("the offline copy of %1 has %n snapshot(s); comparing needs two (each 'gong-directory "
                          "export' or 'changes --refresh' stores one)",
                          nullptr, int(all.size()))
                           .arg(key.displayText()));
        return DirectorySource::UsageError;
    }
    const SnapshotInfo& to = all.at(0);
    const SnapshotInfo* from = &all.at(1);
    if (options.sinceMsecs >= 0) {
        from = nullptr;
        for (const SnapshotInfo& s : all) { // newest first: the first one at or before WHEN
            if (s.finishedMsecs <= options.sinceMsecs) {
                from = &s;
                break;
            }
        }
        if (!from) {
            m_source.error(tr("no snapshot of %1 was taken at or before %2; the oldest is from %3")
                               .arg(key.displayText(), SnapshotInfo::isoTime(options.sinceMsecs),
                                    SnapshotInfo::isoTime(all.constLast().finishedMsecs)));
            return DirectorySource::UsageError;
        }
    }
    const SnapshotDiff diff = copy.compare(from->id, to.id);
    if (!diff.result.ok()) {
        m_source.error(diff.result.message);
        return DirectorySource::UsageError;
    }

    const QByteArray bytes = ChangesWriter::write(options.format, diff.changes, options.writerOptions);
    if (toStdout) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            m_source.error(tr("Could not write to stdout: %1").arg(out.errorString()));
            return DirectorySource::OutputError;
        }
    } else if (ExportFile::save(options.output, bytes, &why) != ExportFile::Result::Written) {
        m_source.error(why);
        return DirectorySource::OutputError;
    }
    const QLocale locale = Console::numberLocale();
    const int changed = diff.count(UserChange::Kind::Changed) + diff.count(UserChange::Kind::Activated) +
                        diff.count(UserChange::Kind::Deactivated);
    m_source.message(tr("Since %1: %2 joined, %3 left, %4 changes (snapshots %5 and %6, to %7)")
                         .arg(SnapshotInfo::isoTime(from->finishedMsecs),
                              locale.toString(diff.count(UserChange::Kind::Joined)),
                              locale.toString(diff.count(UserChange::Kind::Left)), locale.toString(changed),
                              QString::number(from->id), QString::number(to.id),
                              toStdout ? tr("stdout") : QDir::toNativeSeparators(options.output)));
    return DirectorySource::Success;
}
