// SPDX-License-Identifier: MIT
// Small, strict readers for what the export writers produce, independent of the writers' own code. Shared by the
// unit tests (tests/unit/tst_csvwriter.cpp, tst_vcardwriter.cpp) and the round-trip fuzz targets
// (tests/fuzz/fuzz_csvwriter.cpp, fuzz_vcardwriter.cpp), so no QTest here: every reader returns false with *error.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace ExportParsers {
// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes); fails on anything else.
inline bool parseCsv(const QByteArray& bytes, QList<QStringList>* records, QString* error)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    records->clear();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field");
                    return false;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                   text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"')) {
                    *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                    return false;
                }
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records->append(record);
            record.clear();
            i += 2;
            continue;
        }
        *error = QStringLiteral("bare line break or garbage at %1").arg(i);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *error = QStringLiteral("last record does not end with CRLF");
        return false;
    }
    return true;
}

// ---- vCard 4.0 (RFC 6350) ----

struct Property
{
    QString name;
    QStringList params; // "TYPE=work", "PREF=1", ... as written
    QString rawValue;   // still escaped
};
using Card = QList<Property>;

inline QString unescape(const QString& value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                out += QLatin1Char('\n');
            else
                out += n; // \\ \, \;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits on `sep` not preceded by a backslash escape.
inline QStringList splitUnescaped(const QString& value, QChar sep)
{
    QStringList parts;
    QString cur;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            cur += c;
            cur += value.at(++i);
        } else if (c == sep) {
            parts.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.append(cur);
    return parts;
}

// Parses a vCard stream (CRLF only, lines of at most 75 octets, each valid UTF-8 on its own, unfolded, split into
// properties and parameters; BEGIN/END balanced). False with *error on any violation of the line rules.
inline bool parseVCards(const QByteArray& bytes, QList<Card>* cards, QString* error)
{
    cards->clear();
    const auto fail = [error](const QString& message) {
        *error = message;
        return false;
    };
    if (!bytes.endsWith("\r\n"))
        return fail(QStringLiteral("the stream must end with CRLF"));
    if (bytes.count("\n") != bytes.count("\r\n"))
        return fail(QStringLiteral("a line break that is not CRLF"));
    const QList<QByteArray> physical = bytes.chopped(2).split('\n');
    QList<QByteArray> logical;
    for (QByteArray line : physical) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail(QStringLiteral("bare CR in ") + QString::fromLatin1(line.toHex()));
        if (line.size() > 75)
            return fail(QStringLiteral("line longer than 75 octets: ") + QString::fromUtf8(line));
        // Every physical line is valid UTF-8 on its own: folding never cut a sequence.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(line);
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return fail(QStringLiteral("invalid UTF-8 in a physical line: ") + QString::fromLatin1(line.toHex()));
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                return fail(QStringLiteral("continuation line before any content line"));
            logical.last() += line.mid(1);
        } else {
            logical.append(line);
        }
    }
    Card card;
    bool inCard = false;
    for (const QByteArray& l : std::as_const(logical)) {
        const QString line = QString::fromUtf8(l);
        // The value starts at the first ':' outside a quoted parameter value.
        int colon = -1;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('"'))
                quoted = !quoted;
            else if (line.at(i) == QLatin1Char(':') && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0)
            return fail(QStringLiteral("no property name and colon: ") + line);
        QStringList head = line.left(colon).split(QLatin1Char(';'));
        Property p{head.takeFirst().toUpper(), head, line.mid(colon + 1)};
        if (p.name == QLatin1String("BEGIN")) {
            if (inCard)
                return fail(QStringLiteral("BEGIN inside a card"));
            if (p.rawValue != QLatin1String("VCARD"))
                return fail(QStringLiteral("BEGIN:") + p.rawValue);
            inCard = true;
            card.clear();
        } else if (p.name == QLatin1String("END")) {
            if (!inCard)
                return fail(QStringLiteral("END outside a card"));
            inCard = false;
            cards->append(card);
        } else {
            if (!inCard)
                return fail(QStringLiteral("property outside a card: ") + line);
            card.append(p);
        }
    }
    if (inCard)
        return fail(QStringLiteral("last card has no END"));
    return true;
}

inline QList<Property> props(const Card& card, const QString& name)
{
    QList<Property> out;
    for (const Property& p : card) {
        if (p.name == name)
            out.append(p);
    }
    return out;
}

inline QString text(const Card& card, const QString& name)
{
    const QList<Property> p = props(card, name);
    return p.size() == 1 ? unescape(p.first().rawValue) : QStringLiteral("<%1 × %2>").arg(p.size()).arg(name);
}
} // namespace ExportParsers
