// SPDX-License-Identifier: MIT
// DemoCursor: the demo server's signed page cursors read back as the offset they name, and nothing else does.
#include "demo/democursor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoCursor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesItsOffset_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first page") << qint64(0);
        QTest::newRow("second page") << qint64(100);
        QTest::newRow("a million in") << qint64(1000000);
    }
    void namesItsOffset()
    {
        QFETCH(qint64, offset);
        DemoCursor cursors;
        const QByteArray cursor = cursors.make(offset);
        qint64 read = -1;
        QVERIFY(DemoCursor::parse(QString::fromLatin1(cursor), &read));
        QCOMPARE(read, offset);
        // Shaped like Gong's: three dot-separated parts, standard base64 with both '+' and '/'.
        QCOMPARE(cursor.count('.'), 2);
        QVERIFY(cursor.startsWith("eyJhbGciOiJIUzI1NiJ9."));
        QVERIFY(cursor.contains('+') && cursor.contains('/'));
        // Another cursor for the same offset is another text.
        QVERIFY(cursors.make(offset) != cursor);
        // Valid for any server: the key is fixed.
        read = -1;
        QVERIFY(DemoCursor::parse(QString::fromLatin1(DemoCursor().make(offset)), &read));
        QCOMPARE(read, offset);
    }

    void onlyItsOwnCursorsParse()
    {
        const QString good = QString::fromLatin1(DemoCursor().make(300));
        const QStringList parts = good.split(u'.');
        QCOMPARE(parts.size(), 3);
        qint64 offset = 42;
        const QStringList bad = {
            QString(),
            u"garbage"_s,
            parts.at(0) + u'.' + parts.at(1),                                // no signature
            parts.at(0) + u'.' + parts.at(1) + u'.' + parts.at(2) + u".x"_s, // four parts
            u"eyJhbGciOiJub25lIn0."_s + parts.at(1) + u'.' + parts.at(2),    // another header
            parts.at(0) + u'.' + QString::fromLatin1(QByteArray(R"({"o":0,"n":1})").toBase64()) + u'.' + parts.at(2),
            parts.at(0) + u'.' + parts.at(1) + u'.' + parts.at(2).left(parts.at(2).size() - 2) + u"AA"_s,
            QString(good).replace(u'+', u'-').replace(u'/', u'_'), // URL-safe base64 is another text
            QString(good).replace(u'+', u' '),                     // a '+' sent unencoded arrives as a space
        };
        for (const QString& cursor : bad) {
            QVERIFY2(!DemoCursor::parse(cursor, &offset), qPrintable(cursor));
            QCOMPARE(offset, qint64(42)); // untouched
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoCursor)
#include "tst_democursor.moc"
