// SPDX-License-Identifier: MIT
// `--profile <Tab>` in bash and zsh offers the names of the connections saved in the app, read from the settings
// file the app itself writes (CredentialStore, in a temporary XDG_CONFIG_HOME): names with blanks, commas, quotes,
// backslashes, a leading @ and non-ASCII letters come back exactly, and a completed name typed into a shell reaches
// `gong-directory export --profile` as the saved connection.
#include "cli/commandline.h"
#include "credentials/credentialstore.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList lines(const QByteArray& out)
{
    QStringList result = QString::fromUtf8(out).split(u'\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}
} // namespace

class TestCompletionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bash();
    void bashPrefix();
    void zsh();
    void completedNameReachesTheExport();

private:
    // Runs `shell -c script args…` in this test's environment (XDG_CONFIG_HOME set).
    QByteArray shell(const QString& program, const QStringList& arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000))
            return "timed out";
        if (p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(program), p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }
    QStringList bashCandidates(const QString& typed)
    {
        QStringList out = lines(
            shell(u"bash"_s,
                  {u"-c"_s,
                   u"source \"$1\"; COMP_WORDS=(gong-directory export --profile \"$2\"); "
                   "COMP_CWORD=3; _gong_directory; ((${#COMPREPLY[@]})) && printf '%s\\n' \"${COMPREPLY[@]}\"; true"_s,
                   u"bash"_s, bashScript, typed}));
        out.sort(); // in the settings file's order, which is the random ids'
        return out;
    }

    QTemporaryDir m_config;
    QStringList m_names;
    const QString bashScript = QStringLiteral(GONGDIR_SOURCE_DIR "/packaging/completion/gong-directory.bash");
};

void TestCompletionProfiles::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("LC_ALL", "C.UTF-8");
    // The app's names: they decide where QSettings keeps the file.
    CommandLine::setApplicationInfo();
    CredentialStore store;
    QCOMPARE(QDir::cleanPath(store.settingsFileName()),
             QDir::cleanPath(m_config.path() + u"/GongDirectory/gong-directory.conf"_s));
    m_names = {u"Acme EU"_s, u"Acme, Inc."_s,      u"O'Brien \"Q\""_s, u"back\\slash"_s, u"Zürich Süd"_s,
               u"@home"_s,   u"semi;colon = eq"_s, u"日本支社"_s,      u"tab\there"_s,   u"Beta #2 (staging)"_s};
    for (const QString& name : std::as_const(m_names)) {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(u"https://us-1.api.gong.io"_s);
        p.rememberSecrets = false; // the keychain is never asked here
        QVERIFY(store.saveProfile(p).isValid());
    }
    // Other settings the app keeps in the same file.
    QSettings settings;
    settings.setValue(u"window/name"_s, u"not a connection"_s);
    settings.sync();
}

void TestCompletionProfiles::bash()
{
    // bash inserts what it is given: each name comes escaped for the shell, and the shell reads back the name.
    const QStringList candidates = bashCandidates(QString());
    QCOMPARE(candidates.size(), m_names.size());
    QStringList read;
    for (const QString& c : candidates)
        read += lines(shell(u"bash"_s, {u"-c"_s, u"eval \"printf '%s\\n' $1\""_s, u"bash"_s, c})).join(u'\n');
    read.sort();
    QStringList expected = m_names;
    expected.sort();
    QCOMPARE(read, expected);
}

void TestCompletionProfiles::bashPrefix()
{
    QCOMPARE(bashCandidates(u"Acme"_s), (QStringList{u"Acme\\ EU"_s, u"Acme\\,\\ Inc."_s}));
    QCOMPARE(bashCandidates(u"Acme\\ E"_s), (QStringList{u"Acme\\ EU"_s})); // typed with its escape
    QCOMPARE(bashCandidates(u"\"Zü"_s), (QStringList{u"Zürich\\ Süd"_s}));  // or in quotes
    QVERIFY(bashCandidates(u"nobody"_s).isEmpty());
}

void TestCompletionProfiles::zsh()
{
    const QByteArray out = shell(u"zsh"_s, {QStringLiteral(GONGDIR_SOURCE_DIR "/tests/packaging/complete.zsh"),
                                            QStringLiteral(GONGDIR_SOURCE_DIR "/packaging/completion"),
                                            u"gong-directory export --profile "_s});
    const QStringList candidates = lines(out);
    QCOMPARE(candidates.size(), m_names.size());
    // zsh hands over the names quoted as it would insert them; unquoted, they are the names.
    QStringList read;
    for (const QString& c : candidates)
        read += QString::fromUtf8(shell(u"zsh"_s, {u"-fc"_s, u"print -rn -- ${(Q)1}"_s, u"zsh"_s, c}));
    read.sort();
    QStringList expected = m_names;
    expected.sort();
    QCOMPARE(read, expected);
}

void TestCompletionProfiles::completedNameReachesTheExport()
{
    // The candidate for "Acme, I", typed into a shell command line as completion leaves it.
    const QStringList candidates = bashCandidates(u"Acme, I"_s);
    QCOMPARE(candidates, (QStringList{u"Acme\\,\\ Inc."_s}));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/gongdir-bus"_s);
    p.setProcessEnvironment(env);
    p.start(u"bash"_s, {u"-c"_s, QStringLiteral(GONGDIR_APP_BINARY " export -q --profile ") + candidates.first()});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    // Found: it is the keychain setting of that connection that stops the export, not its name.
    QVERIFY2(err.contains(u"“Acme, Inc.” does not keep its credentials"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCompletionProfiles)
#include "tst_completionprofiles.moc"
