// SPDX-License-Identifier: MIT
// SettingsMatrix on a hand-built company whose shares and outliers are counted by hand below.
#include "audit/settingsmatrix.h"
#include "directory/directory.h"
#include "healthpeople.h"
#include "testusers.h"

#include <QTest>

using HealthPeople::person;
using HealthPeople::settings;

namespace {
const QString web = QStringLiteral("webConferencesRecorded");
const QString telephony = QStringLiteral("telephonyCallsImported");
const QString emails = QStringLiteral("emailsImported");

User member(const char* id, const char* manager, const QStringList& on, bool active = true)
{
    return person(QLatin1String(id), QLatin1String(manager),
                  QJsonObject{{QStringLiteral("settings"), settings(on)}, {QStringLiteral("active"), active}});
}

int setting(UserSetting s)
{
    return int(s);
}
} // namespace

class TestSettingsMatrix : public QObject
{
    Q_OBJECT

    // 1 ─┬─ 2 ─┬─ 4 (web, telephony)     11 alone
    //    │     ├─ 5 (web)                12 ↔ 13 manage each other
    //    │     ├─ 6 (web)
    //    │     ├─ 7 (nothing)
    //    │     └─ 8 (web, inactive)
    //    └─ 3 ─┬─ 9 (web)
    //          └─ 10 (nothing)
    // 1 has web on, 2 web and e-mails.
    Directory m_dir;

    const SettingsMatrix::Row& rowOf(const SettingsMatrix& m, const char* id)
    {
        const int index = m.indexOfPerson(m_dir.rowOf(QLatin1String(id)));
        Q_ASSERT(index >= 0);
        return m.rows().at(index);
    }

    QStringList outlierIds(const QList<SettingsMatrix::Outlier>& outliers, UserSetting s)
    {
        QStringList ids;
        for (const SettingsMatrix::Outlier& o : outliers) {
            if (o.setting == s)
                ids.append(m_dir.user(o.person).id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Reports first, managers later, as pages can bring them.
        m_dir.upsert({member("4", "2", {web, telephony}), member("5", "2", {web}), member("6", "2", {web}),
                      member("7", "2", {}), member("8", "2", {web}, false), member("9", "3", {web}),
                      member("10", "3", {}), member("2", "1", {web, emails}), member("3", "1", {}),
                      member("1", "", {web}), member("11", "", {}), member("12", "13", {web}), member("13", "12", {})});
    }

    void sharesOfEachOrganisation()
    {
        const SettingsMatrix m = SettingsMatrix::compute(m_dir);
        const auto& top = rowOf(m, "1");
        QCOMPARE(top.people, 8);                                                   // 2–10 without the inactive 8
        QCOMPARE(top.on[size_t(setting(UserSetting::WebConferencesRecorded))], 5); // 2, 4, 5, 6, 9
        QCOMPARE(top.on[size_t(setting(UserSetting::EmailsImported))], 1);
        QCOMPARE(top.on[size_t(setting(UserSetting::TelephonyCallsImported))], 1);
        QCOMPARE(top.on[size_t(setting(UserSetting::GongConnectEnabled))], 0);
        QCOMPARE(top.share(setting(UserSetting::WebConferencesRecorded)), 5.0 / 8);
        const auto& two = rowOf(m, "2");
        QCOMPARE(two.people, 4);
        QCOMPARE(two.on[size_t(setting(UserSetting::WebConferencesRecorded))], 3);
        QCOMPARE(rowOf(m, "3").people, 2);
        QCOMPARE(rowOf(m, "3").on[size_t(setting(UserSetting::WebConferencesRecorded))], 1);
        QCOMPARE(m.indexOfPerson(m_dir.rowOf(QStringLiteral("4"))), -1); // manages nobody
        QCOMPARE(m.indexOfPerson(m_dir.rowOf(QStringLiteral("11"))), -1);

        const SettingsMatrix everyone = SettingsMatrix::compute(m_dir, {false, 0.8, 3});
        QCOMPARE(rowOf(everyone, "1").people, 9);
        QCOMPARE(rowOf(everyone, "1").on[size_t(setting(UserSetting::WebConferencesRecorded))], 6);
        QCOMPARE(rowOf(everyone, "2").people, 5);
    }

    void treeOrder()
    {
        const SettingsMatrix m = SettingsMatrix::compute(m_dir);
        QStringList order;
        QList<int> depths;
        for (const SettingsMatrix::Row& r : m.rows()) {
            order.append(m_dir.user(r.person).id);
            depths.append(r.depth);
        }
        // The company first, then the loop (cut where the walk entered it: 12 above 13).
        QCOMPARE(order, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                     QStringLiteral("12"), QStringLiteral("13")}));
        QCOMPARE(depths, (QList<int>{0, 1, 1, 0, 1}));
        QCOMPARE(m.roots(), (QList<int>{0, 3}));
        QCOMPARE(m.rows().at(0).children, (QList<int>{1, 2}));
        QCOMPARE(m.rows().at(1).parent, 0);
        QCOMPARE(rowOf(m, "12").people, 1);
        QCOMPARE(rowOf(m, "13").people, 0);
    }

    void outliers()
    {
        const SettingsMatrix m = SettingsMatrix::compute(m_dir);
        // Team of 2 (active: 4, 5, 6, 7): 7 alone without web (3 of 3 peers have it), 4 alone with telephony.
        // The others differ from 1 of 3 peers. Teams of 1 and 3 have fewer than 3 peers each.
        QCOMPARE(outlierIds(m.outliers(), UserSetting::WebConferencesRecorded), QStringList{QStringLiteral("7")});
        QCOMPARE(outlierIds(m.outliers(), UserSetting::TelephonyCallsImported), QStringList{QStringLiteral("4")});
        QCOMPARE(m.outliers().size(), 2);
        QVERIFY(m.isOutlier(m_dir.rowOf(QStringLiteral("7")), UserSetting::WebConferencesRecorded));
        QVERIFY(!m.isOutlier(m_dir.rowOf(QStringLiteral("7")), UserSetting::TelephonyCallsImported));
        const SettingsMatrix::Outlier& seven =
            m.outliers().at(m.outliers().at(0).person == m_dir.rowOf(QStringLiteral("7")) ? 0 : 1);
        QCOMPARE(seven.on, false);
        QCOMPARE(seven.peers, 3);
        QCOMPARE(seven.peersDiffering, 3);
        QCOMPARE(rowOf(m, "1").outliers[size_t(setting(UserSetting::WebConferencesRecorded))], 1);
        QCOMPARE(rowOf(m, "2").outliers[size_t(setting(UserSetting::TelephonyCallsImported))], 1);
        QCOMPARE(rowOf(m, "3").outliers[size_t(setting(UserSetting::WebConferencesRecorded))], 0);
        QCOMPARE(outlierIds(m.outliersUnder(m.indexOfPerson(m_dir.rowOf(QStringLiteral("1"))), -1),
                            UserSetting::WebConferencesRecorded),
                 QStringList{QStringLiteral("7")});
        QVERIFY(m.outliersUnder(m.indexOfPerson(m_dir.rowOf(QStringLiteral("3")))).isEmpty());

        // A lower threshold: 4, 5 and 6 (web on, 1 of 3 peers without) become outliers too.
        const SettingsMatrix loose = SettingsMatrix::compute(m_dir, {true, 0.3, 3});
        QCOMPARE(outlierIds(loose.outliers(), UserSetting::WebConferencesRecorded),
                 (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));
        // Teams need more peers: none.
        QVERIFY(SettingsMatrix::compute(m_dir, {true, 0.8, 4}).outliers().isEmpty());
        // Everyone counted: 8 joins team 2 (web on, like 3 of its 4 peers): 7 and 4 remain the outliers.
        const SettingsMatrix everyone = SettingsMatrix::compute(m_dir, {false, 0.8, 3});
        QCOMPARE(outlierIds(everyone.outliers(), UserSetting::WebConferencesRecorded),
                 QStringList{QStringLiteral("7")});
        QCOMPARE(everyone.outliers().at(0).peers, 4);
    }

    void table()
    {
        const SettingsMatrix m = SettingsMatrix::compute(m_dir);
        const QStringList header = SettingsMatrix::tableHeader();
        QCOMPARE(header.size(), 5 + 3 * UserSettingCount);
        QCOMPARE(header.mid(0, 8), (QStringList{QStringLiteral("manager"), QStringLiteral("managerId"),
                                                QStringLiteral("managerEmail"), QStringLiteral("level"),
                                                QStringLiteral("people"), QStringLiteral("webConferencesRecorded.on"),
                                                QStringLiteral("webConferencesRecorded.percent"),
                                                QStringLiteral("webConferencesRecorded.outliers")}));
        const QList<QStringList> rows = m.tableRows(m_dir);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(1).mid(0, 8),
                 (QStringList{QStringLiteral("Person 2"), QStringLiteral("2"), QStringLiteral("p2@example.com"),
                              QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("75.0"),
                              QStringLiteral("1")})); // 7 is an outlier for web
        QCOMPARE(rows.at(4).at(6), QString());        // 13: nobody counted, no percentage
    }

    void demoCompanyAddsUp()
    {
        // On a realistic company: the top row counts everyone active but the top, and each row's people are the
        // sum of its direct reports' own status plus their rows.
        Directory d;
        d.upsert(TestUsers::demo(2000, 5));
        const SettingsMatrix m = SettingsMatrix::compute(d);
        int active = 0;
        for (const User& u : d.users())
            active += u.isActive() ? 1 : 0;
        const SettingsMatrix::Row& top = m.rows().at(m.roots().first());
        // Everyone active whose managers lead up to the top (not those under a manager missing from the data).
        int below = 0;
        for (int r = 0; r < d.count(); ++r) {
            int at = d.managerRow(r);
            for (int steps = 0; at >= 0 && at != top.person && steps < d.count(); ++steps)
                at = d.managerRow(at);
            below += at == top.person && d.user(r).isActive() ? 1 : 0;
        }
        QCOMPARE(top.people, below);
        QVERIFY(below > active / 2);
        for (const SettingsMatrix::Row& row : m.rows()) {
            if (d.managerChain(row.person).cycle)
                continue; // the demo's loop is cut where the walk entered it (treeOrder() checks that case)
            int expected = 0;
            for (int report : d.directReports(row.person)) {
                expected += d.user(report).isActive() ? 1 : 0;
                const int index = m.indexOfPerson(report);
                if (index >= 0 && m.rows().at(index).parent >= 0)
                    expected += m.rows().at(index).people;
            }
            QCOMPARE(row.people, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSettingsMatrix)
#include "tst_settingsmatrix.moc"
