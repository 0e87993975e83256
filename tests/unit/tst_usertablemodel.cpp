// SPDX-License-Identifier: MIT
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "models/usertablemodel.h"
#include "testusers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using TestUsers::make;

class TestUserTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAreDefinedOnce()
    {
        QSet<QString> keys;
        for (const UserColumn& c : UserColumns::all()) {
            QVERIFY2(!keys.contains(c.key.toLower()), qPrintable(c.key));
            keys.insert(c.key.toLower());
            QVERIFY(c.title && *c.title);
        }
        // Every setting has its column, spelled as the API spells it.
        for (int s = 0; s < UserSettingCount; ++s) {
            const QString key = QStringLiteral("settings.") + userSettingKey(UserSetting(s));
            QVERIFY2(UserColumns::indexOf(key) >= 0, qPrintable(key));
        }
        QCOMPARE(UserColumns::indexOf(QStringLiteral("EMAILADDRESS")),
                 UserColumns::indexOf(QStringLiteral("emailAddress")));
        QCOMPARE(UserColumns::indexOf(QStringLiteral("nonsense")), -1);
        QVERIFY(UserColumns::defaultVisibleKeys().contains(QStringLiteral("fullName")));
    }

    void fillsPageByPageUnderTheTester()
    {
        Directory d;
        UserTableModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(UserTableModel::SortRole);
        proxy.sort(UserColumns::indexOf(QStringLiteral("fullName")));
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const QList<User> users = TestUsers::demo(450);
        for (qsizetype i = 0; i < users.size(); i += 100)
            d.upsert(users.mid(i, 100));
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(proxy.rowCount(), 450);
        QCOMPARE(inserted.size(), 5); // one insertion per page
        QCOMPARE(model.columnCount(), UserColumns::count());

        // A refresh that drops people and changes one, under the tester.
        d.beginRefresh();
        QList<User> next = users.mid(0, 400);
        next[5].title = QStringLiteral("Changed Title");
        for (qsizetype i = 0; i < next.size(); i += 100)
            d.upsert(next.mid(i, 100));
        d.endRefresh();
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.indexOfUser(users[5].id, UserColumns::indexOf(QStringLiteral("title"))).data().toString(),
                 QStringLiteral("Changed Title"));
        d.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesGiveTextSortValueAndId()
    {
        Directory d;
        UserTableModel model(&d);
        QJsonObject o{{"id", "00042"},
                      {"firstName", "Zoë"},
                      {"lastName", "Åberg"},
                      {"emailAliases", QJsonArray{"a@x.io", "b@x.io"}},
                      {"created", "2020-05-01T10:00:00Z"},
                      {"settings", QJsonObject{{"emailsImported", true}, {"preventEmailImport", false}}},
                      {"spokenLanguages", QJsonArray{QJsonObject{{"language", "sv-SE"}, {"primary", true}},
                                                     QJsonObject{{"language", "en-US"}, {"primary", false}}}}};
        d.upsert({User::fromJson(o), make("7", "Ann", "Boss"), make("8", "Ray", "Report", "00042")});
        const auto cell = [&](const char* key, int role = Qt::DisplayRole) {
            return model.index(0, UserColumns::indexOf(QString::fromLatin1(key))).data(role);
        };
        QCOMPARE(cell("fullName").toString(), QStringLiteral("Zoë Åberg"));
        QCOMPARE(cell("emailAliases").toString(), QStringLiteral("a@x.io; b@x.io"));
        QCOMPARE(cell("languages").toString(), QStringLiteral("sv-SE; en-US"));
        QCOMPARE(cell("primaryLanguage").toString(), QStringLiteral("sv-SE"));
        QCOMPARE(cell("settings.emailsImported").toString(), QStringLiteral("On"));
        QCOMPARE(cell("settings.preventEmailImport").toString(), QStringLiteral("Off"));
        QCOMPARE(cell("settings.gongConnectEnabled").toString(), QString());
        QCOMPARE(cell("directReports").toString(), QStringLiteral("1"));
        QCOMPARE(cell("directReports", UserTableModel::SortRole).toInt(), 1);
        QCOMPARE(cell("created", UserTableModel::SortRole).toLongLong(),
                 QDateTime(QDate(2020, 5, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(cell("id", UserTableModel::UserIdRole).toString(), QStringLiteral("00042"));
        // Numeric ids sort as numbers even with different lengths.
        QVERIFY(model.index(1, UserColumns::indexOf("id")).data(UserTableModel::SortRole).toString() <
                cell("id", UserTableModel::SortRole).toString());
        QCOMPARE(model.index(2, UserColumns::indexOf("managerName")).data().toString(), QStringLiteral("Zoë Åberg"));
        QCOMPARE(model.headerData(UserColumns::indexOf("emailAddress"), Qt::Horizontal, UserTableModel::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("emailAddress"));
    }

    void managerArrivingLaterUpdatesEarlierRows()
    {
        Directory d;
        UserTableModel model(&d);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.upsert({make("2", "Ray", "Report", "1")});
        const int managerColumn = UserColumns::indexOf(QStringLiteral("managerName"));
        QCOMPARE(model.index(0, managerColumn).data().toString(), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        d.upsert({make("1", "Ann", "Boss")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, managerColumn).data().toString(), QStringLiteral("Ann Boss"));
    }
};

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
