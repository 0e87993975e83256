// SPDX-License-Identifier: MIT
// IsoDateCodec against instants worked out by hand (each row says which UTC instant it is), for every form of
// "created" Gong sends and the odd ones a server might: offsets, fractional seconds, no zone, and text that is no
// date at all. CTest runs this in the zone TZ=IST-5:30 (UTC+05:30, no daylight saving), so the forms without an
// offset, which are local time, have one answer.
#include "directory/isodatecodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kept = IsoDateCodec::Kept;
constexpr int rebuilt = IsoDateCodec::Rebuilt;
constexpr int withMs = IsoDateCodec::WithMs;
constexpr int zulu = IsoDateCodec::Zulu;
constexpr int minus = IsoDateCodec::Minus;
} // namespace

class TestIsoDateCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCOMPARE(qEnvironmentVariable("TZ"), u"IST-5:30"_s); }

    void readsAndKeepsEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // UTC ms since 1970
        QTest::addColumn<bool>("exact");   // read directly, and written back from msecs + offset
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("offset"); // minutes east of UTC

        // Gong's forms: read directly.
        QTest::newRow("documented, -08:00") // 2018-02-17 10:30:00 UTC
            << u"2018-02-17T02:30:00-08:00"_s << Q_INT64_C(1518863400000) << true << (rebuilt | minus) << -480;
        QTest::newRow("Z") // 2020-07-01 20:57:15 UTC
            << u"2020-07-01T20:57:15Z"_s << Q_INT64_C(1593637035000) << true << (rebuilt | zulu) << 0;
        QTest::newRow("Z with ms") << u"2020-07-01T20:57:15.123Z"_s << Q_INT64_C(1593637035123) << true
                                   << (rebuilt | zulu | withMs) << 0;
        QTest::newRow("+05:30") // 2021-03-03 23:36:07 UTC
            << u"2021-03-04T05:06:07+05:30"_s << Q_INT64_C(1614814567000) << true << rebuilt << 330;
        QTest::newRow("+05:30 with ms") // 2021-03-11 23:10:38.120 UTC
            << u"2021-03-12T04:40:38.120+05:30"_s << Q_INT64_C(1615504238120) << true << (rebuilt | withMs) << 330;
        QTest::newRow("+14:00, leap day") // 2024-02-28 22:00 UTC
            << u"2024-02-29T12:00:00+14:00"_s << Q_INT64_C(1709157600000) << true << rebuilt << 840;
        QTest::newRow("-12:00, leap day") // 2024-03-01 11:59:59 UTC
            << u"2024-02-29T23:59:59-12:00"_s << Q_INT64_C(1709294399000) << true << (rebuilt | minus) << -720;
        QTest::newRow("-00:00 is not +00:00") // 2018-02-17 02:30 UTC, both
            << u"2018-02-17T02:30:00-00:00"_s << Q_INT64_C(1518834600000) << true << (rebuilt | minus) << 0;
        QTest::newRow("+00:00") << u"2018-02-17T02:30:00+00:00"_s << Q_INT64_C(1518834600000) << true << rebuilt << 0;
        QTest::newRow("last ms of 1999") << u"1999-12-31T23:59:59.999Z"_s << Q_INT64_C(946684799999) << true
                                         << (rebuilt | zulu | withMs) << 0;
        // The instant 0 also means "no date": kept as text, so it stays apart from a missing one.
        QTest::newRow("1970-01-01Z") << u"1970-01-01T00:00:00Z"_s << Q_INT64_C(0) << true << kept << 0;

        // Other forms: read by QDateTime, kept as text.
        QTest::newRow("six fraction digits") // rounded to the ms: .123456 -> 123
            << u"2020-07-01T20:57:15.123456Z"_s << Q_INT64_C(1593637035123) << false << kept << 0;
        QTest::newRow("four nines round up") // .9999 -> the next second
            << u"2020-07-01T20:57:15.9999Z"_s << Q_INT64_C(1593637036000) << false << kept << 0;
        QTest::newRow("one fraction digit")
            << u"2020-07-01T20:57:15.1Z"_s << Q_INT64_C(1593637035100) << false << kept << 0;
        QTest::newRow("half a second") << u"2018-02-17T02:30:00.5Z"_s << Q_INT64_C(1518834600500) << false << kept << 0;
        QTest::newRow("24:00 is the next midnight") // 2020-07-02 00:00 UTC
            << u"2020-07-01T24:00:00Z"_s << Q_INT64_C(1593648000000) << false << kept << 0;
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59Z"_s << Q_INT64_C(-1000) << false << kept << 0;
        QTest::newRow("space for T") << u"2020-07-01 20:57:15Z"_s << Q_INT64_C(1593637035000) << false << kept << 0;
        QTest::newRow("lower-case z") << u"2018-02-17T02:30:00z"_s << Q_INT64_C(1518834600000) << false << kept << 0;
        QTest::newRow("+0530 without colon") // 2020-07-01 15:27:15 UTC
            << u"2020-07-01T20:57:15+0530"_s << Q_INT64_C(1593617235000) << false << kept << 0;
        QTest::newRow("+0800 without colon") // 2018-02-16 18:30 UTC
            << u"2018-02-17T02:30:00+0800"_s << Q_INT64_C(1518805800000) << false << kept << 0;
        // No zone: local time, here UTC+05:30.
        QTest::newRow("no zone") // 2020-07-01 15:27:15 UTC
            << u"2020-07-01T20:57:15"_s << Q_INT64_C(1593617235000) << false << kept << 0;
        QTest::newRow("no zone, space") // 2018-02-16 21:00 UTC
            << u"2018-02-17 02:30:00"_s << Q_INT64_C(1518814800000) << false << kept << 0;
        QTest::newRow("date only") // local midnight: 2020-06-30 18:30 UTC
            << u"2020-07-01"_s << Q_INT64_C(1593541800000) << false << kept << 0;

        // No date at all: 0, kept as text.
        QTest::newRow("29 February 2023") << u"2023-02-29T12:00:00Z"_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("30 February") << u"2018-02-30T02:30:00Z"_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("month 13") << u"2020-13-01T00:00:00Z"_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("trailing space") << u"2018-02-17T02:30:00-08:00 "_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("Arabic-Indic digits") << u"\u0662\u0660\u0661\u0668"_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("garbage") << u"garbage"_s << Q_INT64_C(0) << false << kept << 0;
        QTest::newRow("empty") << QString() << Q_INT64_C(0) << false << kept << 0;
    }

    void readsAndKeepsEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        QFETCH(bool, exact);
        QFETCH(int, form);
        QFETCH(int, offset);

        bool read = !exact;
        QCOMPARE(IsoDateCodec::toMsecs(text, &read), msecs);
        QCOMPARE(read, exact);
        QCOMPARE(IsoDateCodec::toMsecs(text), msecs); // *exact is optional

        const IsoDateCodec::Compact compact = IsoDateCodec::compact(text);
        QCOMPARE(compact.msecs, msecs);
        QCOMPARE(int(compact.form), form);
        QCOMPARE(int(compact.offsetMinutes), offset);
        if (form != kept)
            QCOMPARE(IsoDateCodec::text(compact), text);
    }

    // Writing needs no text to start from: each field comes from the instant, the offset and the form.
    void writesFromTheInstant_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("Z") << Q_INT64_C(1518834600000) << (rebuilt | zulu) << 0 << u"2018-02-17T02:30:00Z"_s;
        QTest::newRow("Z, ms") << Q_INT64_C(1518834600007) << (rebuilt | zulu | withMs) << 0
                               << u"2018-02-17T02:30:00.007Z"_s;
        QTest::newRow("same instant, -08:00")
            << Q_INT64_C(1518834600000) << (rebuilt | minus) << -480 << u"2018-02-16T18:30:00-08:00"_s;
        QTest::newRow("same instant, +05:45")
            << Q_INT64_C(1518834600000) << rebuilt << 345 << u"2018-02-17T08:15:00+05:45"_s;
        // One second after 1970 in California is still 1969 there: the local day is before day 0.
        QTest::newRow("local time before 1970")
            << Q_INT64_C(1000) << (rebuilt | minus) << -480 << u"1969-12-31T16:00:01-08:00"_s;
        QTest::newRow("-00:00") << Q_INT64_C(86399999) << (rebuilt | minus | withMs) << 0
                                << u"1970-01-01T23:59:59.999-00:00"_s;
        QTest::newRow("year 9999") << Q_INT64_C(253402300799000) << (rebuilt | zulu) << 0 << u"9999-12-31T23:59:59Z"_s;
    }

    void writesFromTheInstant()
    {
        QFETCH(qint64, msecs);
        QFETCH(int, form);
        QFETCH(int, offset);
        QFETCH(QString, text);
        QCOMPARE(IsoDateCodec::text({msecs, std::uint8_t(form), std::int16_t(offset)}), text);
    }
};

QTEST_GUILESS_MAIN(TestIsoDateCodec)
#include "tst_isodatecodec.moc"
