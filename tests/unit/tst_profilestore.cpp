// SPDX-License-Identifier: MIT
// ProfileStore: saved connections in a settings file, read back by a fresh store, and never a secret among them.
#include "credentials/profilestore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
ConnectionProfile named(const QString& name, const QString& url = u"https://us-1.api.gong.io"_s)
{
    ConnectionProfile p;
    p.name = name;
    p.baseUrl = QUrl(url);
    return p;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_file = 0;
    // A new settings file for each test.
    QString freshFile() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_file)); }

private Q_SLOTS:
    void everyFieldSurvivesAFreshStore()
    {
        const QString file = freshFile();
        ConnectionProfile p;
        p.name = u"Production"_s;
        p.baseUrl = QUrl(u"https://us-12345.api.gong.io"_s);
        p.method = Credentials::Method::BearerToken;
        p.includeAvatars = true;
        p.rememberSecrets = false;
        ConnectionProfile saved;
        {
            ProfileStore store(file);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            saved = store.saveProfile(p);
            QCOMPARE(changed.count(), 1);
            store.setActiveProfileId(saved.id);
        }
        QVERIFY(!QUuid::fromString(saved.id).isNull()); // a fresh profile gets a UUID
        p.id = saved.id;
        QCOMPARE(saved, p);
        ProfileStore again(file);
        QCOMPARE(again.settingsFileName(), file);
        QCOMPARE(again.profiles(), QList<ConnectionProfile>{p});
        QCOMPARE(again.profile(p.id), std::optional<ConnectionProfile>(p));
        QCOMPARE(again.activeProfileId(), p.id);
    }

    // What a settings file says when keys are missing or odd (an older version, a hand edit).
    void defaultsOfAHandWrittenFile()
    {
        const QString file = freshFile();
        {
            QSettings ini(file, QSettings::IniFormat);
            ini.setValue(u"connections/a/name"_s, u"Only a name"_s);
            ini.setValue(u"connections/b/name"_s, u"Token"_s);
            ini.setValue(u"connections/b/authMethod"_s, u"bearerToken"_s);
            ini.setValue(u"connections/c/name"_s, u"Odd method"_s);
            ini.setValue(u"connections/c/authMethod"_s, u"password"_s);
            ini.setValue(u"connections/d/baseUrl"_s, u"https://no-name.example"_s); // no name: no profile
        }
        ProfileStore store(file);
        const auto a = store.profile(u"a"_s);
        QVERIFY(a);
        QCOMPARE(a->method, Credentials::Method::AccessKey);
        QVERIFY(!a->includeAvatars);
        QVERIFY(a->rememberSecrets);
        QVERIFY(a->baseUrl.isEmpty());
        QCOMPARE(store.profile(u"b"_s)->method, Credentials::Method::BearerToken);
        QCOMPARE(store.profile(u"c"_s)->method, Credentials::Method::AccessKey);
        QVERIFY(!store.profile(u"d"_s));
        QCOMPARE(store.profiles().size(), 3);
    }

    void idsThatCannotNameAProfile()
    {
        ProfileStore store(freshFile());
        const ConnectionProfile p = store.saveProfile(named(u"A"_s));
        QVERIFY(!store.profile(QString()));
        QVERIFY(!store.profile(u"connections/"_s + p.id)); // a path, not an id
        QVERIFY(!store.profile(p.id + u"/name"_s));
        QVERIFY(!store.profile(u"unknown"_s));
    }

    void namesAreTrimmedOrMadeUp()
    {
        ProfileStore store(freshFile());
        const ConnectionProfile trimmed = store.saveProfile(named(u"  Prod \t"_s));
        QCOMPARE(trimmed.name, u"Prod"_s);
        const ConnectionProfile host = store.saveProfile(named(u" "_s, u"https://eu-7.api.gong.io"_s));
        QCOMPARE(host.name, u"eu-7.api.gong.io"_s);
        QCOMPARE(store.saveProfile(named(QString(), QString())).name, u"Gong"_s);
        // Stored as returned.
        QCOMPARE(store.profile(trimmed.id)->name, u"Prod"_s);
        QCOMPARE(store.profile(host.id)->name, u"eu-7.api.gong.io"_s);
    }

    void sortedByName()
    {
        ProfileStore store(freshFile());
        for (const QString& name : {u"delta"_s, u"Bravo"_s, u"charlie"_s, u"Alpha"_s})
            store.saveProfile(named(name));
        QStringList names;
        for (const ConnectionProfile& p : store.profiles())
            names.append(p.name);
        QCOMPARE(names, (QStringList{u"Alpha"_s, u"Bravo"_s, u"charlie"_s, u"delta"_s}));
    }

    void renamingKeepsTheId()
    {
        ProfileStore store(freshFile());
        ConnectionProfile p = store.saveProfile(named(u"Prod"_s));
        p.name = u"Production EU"_s;
        QCOMPARE(store.saveProfile(p).id, p.id);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(p.id)->name, u"Production EU"_s);
    }

    void profileNamedPrefersTheExactName()
    {
        ProfileStore store(freshFile());
        const ConnectionProfile lower = store.saveProfile(named(u"acme"_s));
        const ConnectionProfile upper = store.saveProfile(named(u"ACME"_s));
        const ConnectionProfile other = store.saveProfile(named(u"Acme EU"_s));
        QCOMPARE(store.profileNamed(u"ACME"_s)->id, upper.id);
        QCOMPARE(store.profileNamed(u"acme"_s)->id, lower.id);
        QCOMPARE(store.profileNamed(u"  acme eu "_s)->id, other.id); // trimmed, any case
        QVERIFY(!store.profileNamed(u"acm"_s));
        QVERIFY(!store.profileNamed(u"   "_s));
    }

    void uniqueNamesCountUp()
    {
        ProfileStore store(freshFile());
        QCOMPARE(store.uniqueProfileName(u" Prod "_s), u"Prod"_s);
        store.saveProfile(named(u"prod"_s));
        QCOMPARE(store.uniqueProfileName(u"Prod"_s), u"Prod (2)"_s);
        store.saveProfile(named(u"Prod (2)"_s));
        QCOMPARE(store.uniqueProfileName(u"Prod"_s), u"Prod (3)"_s);
        QCOMPARE(store.uniqueProfileName(QString()), u"Gong"_s);
    }

    void removingAProfile()
    {
        const QString file = freshFile();
        ProfileStore store(file);
        const ConnectionProfile keep = store.saveProfile(named(u"Keep"_s));
        const ConnectionProfile gone = store.saveProfile(named(u"Gone"_s));
        store.setActiveProfileId(gone.id);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        QVERIFY(!store.removeProfile(u"unknown"_s));
        QCOMPARE(changed.count(), 0);

        QVERIFY(store.removeProfile(gone.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.profiles(), QList<ConnectionProfile>{keep});
        QVERIFY(store.activeProfileId().isEmpty());
        // Nothing of it is left in the file, not even as the active connection.
        QSettings ini(file, QSettings::IniFormat);
        QVERIFY(!ini.contains(u"activeConnection"_s));
        QVERIFY(!ini.childGroups().isEmpty());
        ini.beginGroup(u"connections"_s);
        QCOMPARE(ini.childGroups(), QStringList{keep.id});

        // Removing another profile leaves the active one active.
        store.setActiveProfileId(keep.id);
        const ConnectionProfile third = store.saveProfile(named(u"Third"_s));
        QVERIFY(store.removeProfile(third.id));
        QCOMPARE(store.activeProfileId(), keep.id);
    }

    void activeIdOfAMissingProfileIsEmpty()
    {
        ProfileStore store(freshFile());
        store.setActiveProfileId(u"not-a-profile"_s);
        QVERIFY(store.activeProfileId().isEmpty());
    }

    // A profile is all the file gets: these keys and nothing else.
    void theFileHoldsOnlyTheProfile()
    {
        const QString file = freshFile();
        ProfileStore store(file);
        const ConnectionProfile p = store.saveProfile(named(u"Prod"_s));
        store.setActiveProfileId(p.id);
        QSettings ini(file, QSettings::IniFormat);
        QStringList expected{u"activeConnection"_s};
        for (const char* key : {"authMethod", "baseUrl", "includeAvatars", "name", "rememberSecrets"})
            expected.append(u"connections/"_s + p.id + u'/' + QLatin1String(key));
        expected.sort();
        QStringList keys = ini.allKeys();
        keys.sort();
        QCOMPARE(keys, expected);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
