// SPDX-License-Identifier: MIT
// TableExport (CSV with the formula guard, JSON with the header's key order) and ExportFile::saveData.
#include "export/exportfile.h"
#include "export/tableexport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndGuards()
    {
        const QByteArray out = TableExport::csv({QStringLiteral("input"), QStringLiteral("status")},
                                                {{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("a,b")},
                                                 {QStringLiteral("line\nbreak"), QStringLiteral("@sum")},
                                                 {QStringLiteral("José"), QString()}});
        QCOMPARE(out, QByteArray("\xEF\xBB\xBFinput,status\r\n"
                                 "\"'=HYPERLINK(\"\"x\"\")\",\"a,b\"\r\n"
                                 "\"line\nbreak\",'@sum\r\n"
                                 "Jos\xC3\xA9,\r\n"));
        QVERIFY(!TableExport::csv({QStringLiteral("a")}, {}, false).startsWith("\xEF\xBB\xBF"));
    }

    void jsonKeepsTheHeadersOrder()
    {
        const QStringList header{QStringLiteral("input"), QStringLiteral("status"), QStringLiteral("id")};
        const QList<QStringList> rows{
            {QStringLiteral("a \"q\" \\ \x01"), QStringLiteral("active"), QStringLiteral("1")},
            {QStringLiteral("short")}};
        for (const bool pretty : {true, false}) {
            const QByteArray out = TableExport::json(header, rows, pretty);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonArray array = doc.array();
            QCOMPARE(array.size(), 2);
            QCOMPARE(array.at(0).toObject().value(QStringLiteral("input")).toString(), rows[0][0]);
            QCOMPARE(array.at(1).toObject().value(QStringLiteral("id")).toString(), QString());
            // Keys in the header's order, not sorted.
            QVERIFY(out.indexOf("\"input\"") < out.indexOf("\"status\""));
            QVERIFY(out.indexOf("\"status\"") < out.indexOf("\"id\""));
            QCOMPARE(out.contains('\n' + QByteArray("        \"input\"")), pretty);
        }
        QCOMPARE(TableExport::json(header, {}), QByteArray("[]\n"));
    }

    void saveDataIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QCOMPARE(ExportFile::save(path, "one", &error), ExportFile::Result::Written);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("one"));
        QCOMPARE(ExportFile::save(dir.path(), "two", &error), ExportFile::Result::Failed);
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QCOMPARE(ExportFile::save(dir.filePath(QStringLiteral("missing/x.csv")), "two", &error),
                 ExportFile::Result::Failed);
        QVERIFY(error.contains(QStringLiteral("Could not create")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
