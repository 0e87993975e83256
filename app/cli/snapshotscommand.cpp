// SPDX-License-Identifier: MIT
#include "snapshotscommand.h"

#include "console.h"
#include "offlinecopy.h"

#include "store/requestlog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

SnapshotsCommand::SnapshotsCommand(QObject* parent)
    : QObject(parent)
    , m_source(QStringLiteral("snapshots"))
{}

CliCommand SnapshotsCommand::command()
{
    return Console::command<SnapshotsCommand>(
        QStringLiteral("snapshots"),
        QT_TRANSLATE_NOOP("CliCommand", "List the snapshots of the offline copy and today's API requests."));
}

void SnapshotsCommand::describe(QCommandLineParser* parser)
{
    parser->setApplicationDescription(
        tr("List the snapshots in the offline copy of a connection, newest first (time, users, requests used),\n"
           "and the requests this computer sent to the company today (UTC), of Gong's %L1 a day.\n"
           "Makes no request and needs no credentials: the connection is --demo, --base-url (or\n"
           "GONG_BASE_URL) or a --profile saved in the app (with --include-avatars when its loads include\n"
           "them).\n\n"
           "Exit codes: 0 success (also when there is no offline copy yet), 2 usage error or an offline\n"
           "copy that cannot be read.")
            .arg(DailyQuota));
    ConnectionOptions::addOptions(parser, tr("The built-in demo company of N users (--demo alone: 5000)."),
                                  tr("The copy of loads that include Gong staff (avatars)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json."), QStringLiteral("format"));
    parser->addOptions({ConnectionOptions::profileOption(), format});
}

int SnapshotsCommand::parse(const QStringList& arguments, const QProcessEnvironment& environment, Options* options,
                            QString* output)
{
    QCommandLineParser parser;
    if (const int code = Console::parse(&parser, command(), arguments, output); code >= 0)
        return code;
    Options o;
    if (!o.read(parser, output))
        return DirectorySource::UsageError;
    const QString f = parser.value(QStringLiteral("format")).toLower();
    if (parser.isSet(QStringLiteral("format")) && f != QLatin1String("text") && f != QLatin1String("json")) {
        *output = tr("Unknown format “%1”; use text or json.").arg(parser.value(QStringLiteral("format")));
        return DirectorySource::UsageError;
    }
    o.json = f == QLatin1String("json");
    const int connection = DirectorySource::resolveConnection(parser, environment, &o, false, output);
    if (connection >= 0)
        return connection;
    *options = o;
    return -1;
}

int SnapshotsCommand::run(const Options& given)
{
    Options options = given;
    if (!options.demo && !options.profile.isEmpty()) {
        const int code = m_source.resolveProfile(&options, false);
        if (code != DirectorySource::Success)
            return code;
    }
    const StoreKey key = DirectorySource::storeKey(options);
    OfflineCopy copy(key);
    StoreResult result;
    const QList<SnapshotInfo> snapshots = copy.snapshots(&result);
    if (result.error == SqliteFile::Error::Missing) {
        if (result.message != SnapshotStore::noCopyText(key))
            m_source.error(result.message); // a damaged file, moved aside
    } else if (!result.ok()) {
        m_source.error(result.message); // there, but not usable: a newer version, a folder, busy, …
        return DirectorySource::UsageError;
    }
    StoreResult counted;
    const QString day = RequestLog::today();
    const int today = RequestLog::readCount(RequestLog::defaultPath(), key.requestKey(), day, &counted);
    if (!counted.ok())
        m_source.error(counted.message);

    QByteArray out;
    if (options.json) {
        QJsonArray list;
        for (const SnapshotInfo& s : snapshots) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("time"), SnapshotInfo::isoTime(s.finishedMsecs)},
                                    {QStringLiteral("started"), SnapshotInfo::isoTime(s.startedMsecs)},
                                    {QStringLiteral("users"), s.userCount},
                                    {QStringLiteral("requests"), s.requests},
                                    {QStringLiteral("pages"), s.pages}});
        }
        const QJsonObject root{
            {QStringLiteral("connection"), key.isDemo() ? QStringLiteral("demo") : key.baseUrl().toString()},
            {QStringLiteral("includeAvatars"), key.includeAvatars()},
            {QStringLiteral("file"), QDir::toNativeSeparators(copy.store()->path())},
            {QStringLiteral("snapshots"), list},
            {QStringLiteral("day"), day},
            {QStringLiteral("requestsToday"), today},
            {QStringLiteral("dailyQuota"), DailyQuota}};
        out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        const QLocale locale = Console::numberLocale();
        QString text;
        if (snapshots.isEmpty()) {
            text += tr("No offline copy of %1 yet.").arg(key.displayText()) + QLatin1Char('\n');
        } else {
            text += tr("Offline copy of %1: %n snapshot(s) (%2)", nullptr, int(snapshots.size()))
                        .arg(key.displayText(), QDir::toNativeSeparators(copy.store()->path())) +
                    QLatin1Char('\n');
            const QString timeHeader = tr("time (UTC)");
            const QString usersHeader = tr("users");
            const QString requestsHeader = tr("requests");
            text +=
                QStringLiteral("%1  %2  %3\n")
                    .arg(timeHeader.leftJustified(20), usersHeader.rightJustified(9), requestsHeader.rightJustified(8));
            for (const SnapshotInfo& s : snapshots) {
                text += QStringLiteral("%1  %2  %3\n")
                            .arg(SnapshotInfo::isoTime(s.finishedMsecs).leftJustified(20),
                                 locale.toString(s.userCount).rightJustified(9),
                                 locale.toString(s.requests).rightJustified(8));
            }
        }
        text += tr("Requests today (%1, UTC): %2 from this computer, of Gong's %3 a day per company.")
                    .arg(day, locale.toString(today), locale.toString(DailyQuota)) +
                QLatin1Char('\n');
        out = text.toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return DirectorySource::Success;
}
