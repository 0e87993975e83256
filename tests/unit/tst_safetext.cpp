// SPDX-License-Identifier: MIT
// SafeText: what a server (or anyone outside the app) sends can never drive the terminal, fake a log line or
// reorder a message, and long text is cut without breaking a character or an escape.
#include "base/safetext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSafeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void keepsLineBreaksWhenAsked();
    void everyControlIsEscaped();
    void cutsLongText();
    void neverCutsInsideAnEscapeOrACharacter();
    void looksOnlyAtWhatItShows();
};

void TestSafeText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Gong said: bad cursor"_s << u"Gong said: bad cursor"_s;
    QTest::newRow("ESC OSC title") << u"\x1b]0;pwned\x07ok"_s << u"\\x1b]0;pwned\\x07ok"_s;
    QTest::newRow("CR LF fake log line") << u"x\r\n[gongdir] fake"_s << u"x\\r\\n[gongdir] fake"_s;
    QTest::newRow("tab, backspace, DEL") << u"a\tb\bc\x7f"_s << u"a\\tb\\x08c\\x7f"_s;
    QTest::newRow("NUL") << QString(QChar(0)) + u"z"_s << u"\\x00z"_s;
    QTest::newRow("C1 CSI") << u"\u009b31m"_s << u"\\u009b31m"_s;
    QTest::newRow("bidi override") << u"evil\u202Etxt.exe"_s << u"evil\\u202etxt.exe"_s;
    QTest::newRow("bidi isolate and marks") << u"\u2066\u200F\u061C\u2069"_s << u"\\u2066\\u200f\\u061c\\u2069"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s << u"\\ud800x"_s;
    QTest::newRow("kept: accents, CJK, emoji, backslash")
        << u"Zoë 山田 \U0001F600 C:\\x"_s << u"Zoë 山田 \U0001F600 C:\\x"_s;
}

void TestSafeText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SafeText::escaped(input), expected);
    QCOMPARE(SafeText::shown(input), expected); // short: nothing cut
}

void TestSafeText::keepsLineBreaksWhenAsked()
{
    const QString data = u"a,b\r\n\"multi\nline\"\tx\rover\x1b[2J\r\n"_s;
    QCOMPARE(SafeText::escaped(data, SafeText::LineBreaks::Keep), u"a,b\r\n\"multi\nline\"\tx\\rover\\x1b[2J\r\n"_s);
}

void TestSafeText::everyControlIsEscaped()
{
    for (char32_t c = 0; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString one = QString::fromUcs4(&c, 1);
        const QString out = SafeText::escaped(one);
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        const bool bidi =
            (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
        const bool separator = c == 0x2028 || c == 0x2029;
        if (control || bidi || separator) {
            QVERIFY2(out.startsWith(u'\\') && out.size() >= 2, qPrintable(QString::number(uint(c), 16)));
            for (QChar ch : out)
                QVERIFY(ch.unicode() >= 0x20 && ch.unicode() < 0x7F); // the escape itself is printable ASCII
        } else {
            QCOMPARE(out, one);
        }
    }
}

void TestSafeText::cutsLongText()
{
    const QString longId = QString(300, u'a');
    const QString shown = SafeText::shown(longId);
    QCOMPARE(shown.size(), SafeText::DefaultMaxLength);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(shown.left(199), longId.left(199));
    QCOMPARE(SafeText::shown(QString(200, u'b')), QString(200, u'b')); // exactly the limit: nothing cut
    QCOMPARE(SafeText::shown(u"abcdef"_s, 4), u"abc…"_s);
}

void TestSafeText::neverCutsInsideAnEscapeOrACharacter()
{
    // Escapes of 4 and 6 characters and an emoji (two UTF-16 units) where the cuts fall.
    const QString text = u"123456789\x1b\u202e\U0001F600tail"_s;
    const QString full = SafeText::escaped(text);
    // Where whole pieces end in `full`: after each character, escape or surrogate pair.
    QList<qsizetype> boundaries{0};
    for (const qsizetype piece : {1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 6, 2, 1, 1, 1, 1})
        boundaries.append(boundaries.last() + piece);
    QCOMPARE(boundaries.last(), full.size());
    for (qsizetype max = 2; max <= full.size() + 1; ++max) {
        const QString shown = SafeText::shown(text, max);
        QVERIFY2(shown.size() <= max, qPrintable(shown));
        if (max >= full.size()) {
            QCOMPARE(shown, full);
            continue;
        }
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        const QString kept = shown.chopped(1);
        QVERIFY2(full.startsWith(kept), qPrintable(shown));
        QVERIFY2(boundaries.contains(kept.size()), qPrintable(shown));
        // As much as fits: the next piece would not have left room for "…".
        const qsizetype next = boundaries.at(boundaries.indexOf(kept.size()) + 1);
        QVERIFY2(next + 1 > max, qPrintable(shown));
    }
}

void TestSafeText::looksOnlyAtWhatItShows()
{
    // A 200 KB request id from a hostile server: the result is the first 199 characters and "…".
    const QString huge = QString(200 * 1024, u'\x1b');
    const QString shown = SafeText::shown(huge);
    QVERIFY(shown.size() <= SafeText::DefaultMaxLength);
    QVERIFY(shown.startsWith(u"\\x1b\\x1b"_s));
    QVERIFY(!shown.contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
