// SPDX-License-Identifier: MIT
// The canary: a recognisable access key and secret go through the whole app — the settings dialog (Test
// connection, remember in the keychain), connecting, loading every page, exporting the loaded users with the real
// CSV, JSON and vCard writers, and the headless export command (in process and as the built binary) — with every
// Qt logging category enabled and all output captured. Afterwards the canary (and its Basic-header form) must
// appear in no log line, no window title or label, no file under the app's config, data and cache folders (HOME is
// a temporary folder: run by run-with-keyring.sh) — the offline copies the exports stored and the request log
// included, with their -wal and -shm files — no export, and not on the command's stdout or stderr.
#include "api/directoryloader.h"
#include "cli/exportcommand.h"
#include "connectionmanager.h"
#include "credentialsdialog.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "directory/user.h"
#include "directory/usercolumns.h"
#include "errorbanner.h"
#include "export/exportfile.h"
#include "export/exportwriter.h"
#include "exportprocess.h"
#include "mainwindow.h"
#include "store/snapshotdatabase.h"
#include "store/storekey.h"
#include "windowparts.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace WindowParts;

namespace {
const QString canaryKey = QStringLiteral("CANARY-KEY-c4n4ry-k3y");
const QString canarySecret = QStringLiteral("CANARY-SECRET-c4n4ry-s3cr3t");

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (type >= QtCriticalMsg && previousHandler)
        previousHandler(type, context, message);
}

// The forms a leaked secret could take.
QList<QByteArray> canaryForms()
{
    const QByteArray pair = (canaryKey + QLatin1Char(':') + canarySecret).toUtf8();
    return {canarySecret.toUtf8(), canaryKey.toUtf8(), pair.toBase64(), pair.toBase64(QByteArray::Base64UrlEncoding),
            canarySecret.toUtf8().toBase64()};
}

QString leakIn(const QByteArray& bytes)
{
    for (const QByteArray& form : canaryForms()) {
        if (bytes.contains(form))
            return QString::fromUtf8(form);
    }
    return {};
}
} // namespace

class TestCanary : public QObject
{
    Q_OBJECT
    QStringList m_scannedDirs;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("GONGDIR_KEYRING_INSIDE") == QLatin1String("1"),
                 "run through tests/keychain/run-with-keyring.sh (CTest does)");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("GongDirectory"));
        QCoreApplication::setApplicationName(QStringLiteral("gong-directory-canary"));
        QStandardPaths::setTestModeEnabled(true);
        // Every category, every level (QT_LOGGING_RULES from CTest says the same, and wins over this).
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void secretAppearsNowhere()
    {
        QVERIFY(lcCredentials().isDebugEnabled());
        QVERIFY(QLoggingCategory("qt.network.ssl").isDebugEnabled());

        DemoServer server;
        DemoOrgOptions o;
        o.userCount = 250;
        server.setUsers(DemoOrgGenerator(o).users());
        server.setBasicCredentials(canaryKey, canarySecret);
        QVERIFY(server.listen());

        CredentialStore store; // the app's own QSettings location (test mode, under the temporary HOME)
        MainWindow window;
        ConnectionManager connections(&window, &store);
        window.show();
        connections.start(); // first run: "Connect to Gong…" opens the dialog
        QTest::mouseClick(part<QPushButton>(window, "welcomeConnect"), Qt::LeftButton);
        QTRY_VERIFY(findPart<CredentialsDialog>(window, "credentialsDialog") &&
                    findPart<CredentialsDialog>(window, "credentialsDialog")->isVisible());
        CredentialsDialog* d = findPart<CredentialsDialog>(window, "credentialsDialog");
        part<QLineEdit>(*d, "nameEdit")->setText(QStringLiteral("Canary Inc"));
        part<QLineEdit>(*d, "baseUrlEdit")->setText(server.baseUrl().toString());
        part<QRadioButton>(*d, "accessKeyButton")->setChecked(true);
        part<QLineEdit>(*d, "accessKeyEdit")->setText(canaryKey);
        part<QLineEdit>(*d, "secretEdit")->setText(canarySecret);
        QTest::mouseClick(part<QPushButton>(*d, "testButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(part<QLabel>(*d, "testResult")->text(), QStringLiteral("Connected — 250 users"),
                                  10000);
        QCOMPARE(leakIn(d->windowTitle().toUtf8()), QString());
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        QTest::mouseClick(part<QPushButton>(*d, "connectButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        QVERIFY2(written.at(0).at(1).value<KeychainResult>().isOk(),
                 qPrintable(written.at(0).at(1).value<KeychainResult>().message));

        QTRY_COMPARE_WITH_TIMEOUT(part<Directory>(window, "directory")->count(), 250, 30000);
        QTRY_VERIFY(!window.loader()->isBusy());
        QVERIFY(server.authorizationHeaders().value(0).startsWith("Basic ")); // the canary did travel

        // Export: the loaded users in every format, through the real writers and QSaveFile, as the dialog does
        // (every column, the derived ones too).
        const QString exportDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(exportDir));
        const Directory& directory = *part<Directory>(window, "directory");
        QList<int> rows;
        for (int r = 0; r < directory.count(); ++r)
            rows.append(r);
        QStringList allColumns;
        for (const UserColumn& c : UserColumns::all())
            allColumns.append(c.key);
        QStringList exports;
        for (const ExportFormat format : ExportFormats::all()) {
            std::unique_ptr<ExportWriter> writer = ExportWriter::create(format);
            writer->setColumns(allColumns);
            const QString path = exportDir + QStringLiteral("/export.") + ExportFormats::suffix(format);
            QString error;
            QCOMPARE(ExportFile::save(path, *writer, directory, rows, &error), ExportFile::Result::Written);
            exports.append(path);
        }

        // The headless command, in this process (its log goes through the handler), with the canary in the
        // environment it reads.
        QProcessEnvironment env;
        env.insert(QStringLiteral("GONG_BASE_URL"), server.baseUrl().toString());
        env.insert(QStringLiteral("GONG_ACCESS_KEY"), canaryKey);
        env.insert(QStringLiteral("GONG_ACCESS_KEY_SECRET"), canarySecret);
        for (const ExportFormat format : ExportFormats::all()) {
            const QString path = exportDir + QStringLiteral("/command.") + ExportFormats::suffix(format);
            ExportCommand::Options options;
            QString usage;
            QCOMPARE(ExportCommand::parse({QStringLiteral("gong-directory"), QStringLiteral("export"),
                                           QStringLiteral("--format"), ExportFormats::key(format),
                                           QStringLiteral("--output"), path, QStringLiteral("--quiet")},
                                          env, &options, &usage),
                     -1);
            ExportCommand command;
            QCOMPARE(command.run(options), 0);
            exports.append(path);
        }
        // And the built binary, as a script runs it, with its --verbose log: nothing on stdout or stderr either.
        QProcessEnvironment processEnv = ExportProcess::headlessEnvironment();
        processEnv.insert(env);
        processEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        for (const ExportFormat format : ExportFormats::all()) {
            const ExportProcess::Run r = ExportProcess::run(
                QStringLiteral(GONGDIR_APP_BINARY),
                {QStringLiteral("--format"), ExportFormats::key(format), QStringLiteral("--verbose")}, processEnv,
                60000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.size() > 10000, qPrintable(ExportFormats::key(format)));
            QVERIFY2(leakIn(r.out).isEmpty(), qPrintable(ExportFormats::key(format)));
            QVERIFY2(leakIn(r.err.toUtf8()).isEmpty(), qPrintable(r.err.left(300)));
        }
        // The offline copies the exports stored: open, so SQLite's -wal and -shm files are there too.
        const StoreKey key = StoreKey::forBaseUrl(server.baseUrl(), false);
        SnapshotDatabase copyInProcess;
        QVERIFY(copyInProcess.open(key.filePath(), SqliteFile::Mode::ExistingOnly));
        SnapshotDatabase copyOfBinary;
        const QString binaryCopy = processEnv.value(QStringLiteral("XDG_DATA_HOME")) +
                                   QStringLiteral("/GongDirectory/gong-directory/offline/") + key.fileName();
        QVERIFY(copyOfBinary.open(binaryCopy, SqliteFile::Mode::ExistingOnly));
        for (SnapshotDatabase* copy : {&copyInProcess, &copyOfBinary}) {
            StoreResult r;
            QCOMPARE(copy->newest(&r).userCount, 250);
        }
        for (const QString& path : std::as_const(exports)) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QVERIFY2(bytes.size() > 10000, qPrintable(path)); // 250 people, not an empty file
            QVERIFY2(leakIn(bytes).isEmpty(), qPrintable(path));
        }

        // Everything the user can see: titles and every label of the window.
        QStringList visible{window.windowTitle(), statusText(window),
                            part<ErrorBanner>(window, "errorBanner")->message()};
        for (const QLabel* label : window.findChildren<QLabel*>())
            visible.append(label->text());
        QCOMPARE(leakIn(visible.join(QLatin1Char('\n')).toUtf8()), QString());

        // Every log line.
        QStringList log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog;
        }
        QVERIFY2(log.size() > 20, "the logging categories did not produce output");
        for (const QString& line : std::as_const(log))
            QVERIFY2(leakIn(line.toUtf8()).isEmpty(), qPrintable(line.left(300)));
        QVERIFY2(!log.join(QLatin1Char('\n')).contains(QLatin1String("Authorization: Basic")),
                 "an Authorization header was logged");

        // Every file in the app's folders, and the whole (temporary) home.
        const QList<QStandardPaths::StandardLocation> locations{
            QStandardPaths::AppConfigLocation,   QStandardPaths::GenericConfigLocation,
            QStandardPaths::AppDataLocation,     QStandardPaths::AppLocalDataLocation,
            QStandardPaths::CacheLocation,       QStandardPaths::GenericCacheLocation,
            QStandardPaths::GenericDataLocation, QStandardPaths::RuntimeLocation};
        QStringList dirs{QDir::homePath()};
        for (const auto l : locations)
            dirs.append(QStandardPaths::writableLocation(l));
        for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            dirs.append(qEnvironmentVariable(var));
        dirs.append(processEnv.value(QStringLiteral("XDG_DATA_HOME"))); // the built binary's
        int files = 0;
        bool sawSettings = false;
        bool sawExport = false;
        int databases = 0;
        int sqliteCompanions = 0;
        for (const QString& dir : std::as_const(dirs)) {
            if (dir.isEmpty())
                continue;
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray bytes = f.readAll();
                sawSettings = sawSettings || path == store.settingsFileName();
                sawExport = sawExport || path.endsWith(QLatin1String("export.vcf"));
                databases += path.endsWith(QLatin1String(".sqlite")) ? 1 : 0;
                sqliteCompanions +=
                    path.endsWith(QLatin1String(".sqlite-wal")) || path.endsWith(QLatin1String(".sqlite-shm")) ? 1 : 0;
                QVERIFY2(leakIn(bytes).isEmpty(), qPrintable(path));
            }
        }
        QVERIFY2(sawSettings, qPrintable(store.settingsFileName()));
        QVERIFY(sawExport);
        QVERIFY2(databases >= 4, qPrintable(QString::number(databases))); // two copies, two request logs
        QVERIFY2(sqliteCompanions >= 4, qPrintable(QString::number(sqliteCompanions)));
        QVERIFY(files >= 2);
    }
};

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
