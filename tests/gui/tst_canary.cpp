// SPDX-License-Identifier: MIT
// The canary: a recognisable access key and secret go through the whole app — the settings dialog (Test
// connection, remember in the keychain), connecting, loading every page, and writing the loaded users to a file
// as an export does — with every Qt logging category enabled and all output captured. Afterwards the canary (and
// its Basic-header form) must appear in no log line, no window title or label, no file under the app's config,
// data and cache folders (HOME is a temporary folder: run by run-with-keyring.sh) and no export.
#include "api/directoryloader.h"
#include "connectionmanager.h"
#include "credentialsdialog.h"
#include "demo/demoorggenerator.h"
#include "demo/demoserver.h"
#include "directory/directory.h"
#include "directory/user.h"
#include "errorbanner.h"
#include "mainwindow.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
        connections.start(); // first run: the dialog
        QTRY_VERIFY(connections.dialog() && connections.dialog()->isVisible());
        CredentialsDialog* d = connections.dialog();
        d->nameEdit()->setText(QStringLiteral("Canary Inc"));
        d->baseUrlEdit()->setText(server.baseUrl().toString());
        d->accessKeyButton()->setChecked(true);
        d->accessKeyEdit()->setText(canaryKey);
        d->secretEdit()->setText(canarySecret);
        QTest::mouseClick(d->testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d->testResultLabel()->text(), QStringLiteral("Connected — 250 users"), 10000);
        QCOMPARE(leakIn(d->windowTitle().toUtf8()), QString());
        QSignalSpy written(&store, &CredentialStore::credentialsWritten);
        QTest::mouseClick(d->connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, CredentialStore::DefaultWatchdogMs + 2000);
        QVERIFY2(written.at(0).at(1).value<KeychainResult>().isOk(),
                 qPrintable(written.at(0).at(1).value<KeychainResult>().message));

        QTRY_COMPARE_WITH_TIMEOUT(window.directory()->count(), 250, 30000);
        QTRY_VERIFY(!window.loader()->isBusy());
        QVERIFY(server.authorizationHeaders().value(0).startsWith("Basic ")); // the canary did travel

        // Export: the loaded users as JSON, written the way exports are (QSaveFile into the data folder).
        // TODO(export): run the real CSV/JSON/vCard writers here once the export branch lands.
        const QString exportDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(exportDir));
        QJsonArray users;
        for (const User& u : window.directory()->users())
            users.append(u.toJson());
        QSaveFile out(exportDir + QStringLiteral("/export.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(users).toJson());
        QVERIFY(out.commit());

        // Everything the user can see: titles and every label of the window.
        QStringList visible{window.windowTitle(), window.statusText(), window.errorBanner()->message()};
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
        int files = 0;
        bool sawSettings = false;
        bool sawExport = false;
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
                sawExport = sawExport || path.endsWith(QLatin1String("export.json"));
                QVERIFY2(leakIn(bytes).isEmpty(), qPrintable(path));
            }
        }
        QVERIFY2(sawSettings, qPrintable(store.settingsFileName()));
        QVERIFY(sawExport);
        QVERIFY(files >= 2);
    }
};

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
