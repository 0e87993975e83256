// SPDX-License-Identifier: MIT
// VCardWriter round trip: random users (fuzzusers.h) are written as vCard 4.0, read back by the strict RFC 6350
// reader the unit tests use (tests/common/exportparsers.h: CRLF only, lines ≤ 75 octets, each valid UTF-8, unfold,
// unescape), and the text properties must equal the input fields, with only the documented change: control
// characters other than line breaks are dropped and CR/CRLF become LF. The expectation is computed here,
// independently of VCardWriter.
#include "export/vcardwriter.h"
#include "exportparsers.h"
#include "fuzzcheck.h"
#include "fuzzusers.h"

#include <QBuffer>
#include <QHash>
#include <QUuid>

#include <cstddef>
#include <cstdint>

namespace {
using ExportParsers::Card;
using ExportParsers::Property;

QString normalised(const QString& s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == u'\n' || (c >= 0x20 && c != 0x7F)) {
            out += s.at(i);
        }
    }
    return out;
}

QString displayName(const FuzzUsers::Input& u)
{
    if (!u.firstName.isEmpty() && !u.lastName.isEmpty())
        return u.firstName + QLatin1Char(' ') + u.lastName;
    if (!u.firstName.isEmpty() || !u.lastName.isEmpty())
        return u.firstName + u.lastName;
    return u.emailAddress.isEmpty() ? u.id : u.emailAddress;
}

void expectText(const Card& card, const char* name, const QString& expected)
{
    const QString got = ExportParsers::text(card, QLatin1String(name));
    if (got != expected)
        std::fprintf(stderr, "%s: got \"%s\", expected \"%s\"\n", name, qPrintable(got), qPrintable(expected));
    FUZZ_CHECK(got == expected);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzUsers::Bytes bytes(data, size);
    const QList<FuzzUsers::Input> inputs = FuzzUsers::generate(bytes);
    Directory directory;
    QList<int> rows;
    FuzzUsers::fill(&directory, inputs, &rows);
    FUZZ_CHECK(directory.count() == inputs.size());
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        FUZZ_CHECK(rows[i] >= 0);
        byId.insert(inputs[i].id, i);
    }

    VCardWriter writer;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FUZZ_CHECK(writer.write(directory, rows, &buffer));
    QList<Card> cards;
    QString error;
    const bool parsed = ExportParsers::parseVCards(buffer.data(), &cards, &error);
    if (!parsed)
        std::fprintf(stderr, "vCard does not parse: %s\n", qPrintable(error));
    FUZZ_CHECK(parsed);
    FUZZ_CHECK(cards.size() == inputs.size());

    static const QUuid ns(QStringLiteral("{6f0b6a52-2c1e-4c55-9a7e-0d3c1f5e8b21}"));
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const FuzzUsers::Input& u = inputs[i];
        const Card& card = cards[i];
        FUZZ_CHECK(!card.isEmpty() && card.first().name == QLatin1String("VERSION"));
        FUZZ_CHECK(card.first().rawValue == QLatin1String("4.0"));
        expectText(card, "X-GONG-ID", normalised(u.id));
        expectText(card, "UID",
                   QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, u.id).toString(QUuid::WithoutBraces));
        expectText(card, "FN", normalised(displayName(u)));

        const QList<Property> n = ExportParsers::props(card, QStringLiteral("N"));
        if (u.firstName.isEmpty() && u.lastName.isEmpty()) {
            FUZZ_CHECK(n.isEmpty());
        } else {
            FUZZ_CHECK(n.size() == 1);
            const QStringList parts = ExportParsers::splitUnescaped(n[0].rawValue, QLatin1Char(';'));
            FUZZ_CHECK(parts.size() == 5);
            FUZZ_CHECK(ExportParsers::unescape(parts[0]) == normalised(u.lastName));
            FUZZ_CHECK(ExportParsers::unescape(parts[1]) == normalised(u.firstName));
        }

        QStringList emails;
        if (!u.emailAddress.isEmpty())
            emails.append(normalised(u.emailAddress));
        for (const QString& alias : u.emailAliases) {
            if (!alias.isEmpty() && alias != u.emailAddress)
                emails.append(normalised(alias));
        }
        const QList<Property> emailProps = ExportParsers::props(card, QStringLiteral("EMAIL"));
        FUZZ_CHECK(emailProps.size() == emails.size());
        for (qsizetype e = 0; e < emails.size(); ++e) {
            FUZZ_CHECK(ExportParsers::unescape(emailProps[e].rawValue) == emails[e]);
            FUZZ_CHECK(emailProps[e].params.contains(QStringLiteral("PREF=1")) ==
                       (e == 0 && !u.emailAddress.isEmpty()));
        }

        if (u.title.isEmpty())
            FUZZ_CHECK(ExportParsers::props(card, QStringLiteral("TITLE")).isEmpty());
        else
            expectText(card, "TITLE", normalised(u.title));
        FUZZ_CHECK(ExportParsers::props(card, QStringLiteral("TEL")).size() ==
                   (u.phoneNumber.trimmed().isEmpty() ? 0 : 1));

        const auto manager = byId.constFind(u.managerId);
        // A user named as their own manager has none (Directory::managerRow).
        if (u.managerId.isEmpty() || manager == byId.constEnd() || manager.value() == i) {
            FUZZ_CHECK(ExportParsers::props(card, QStringLiteral("X-MANAGER")).isEmpty());
            FUZZ_CHECK(ExportParsers::props(card, QStringLiteral("RELATED")).isEmpty());
        } else {
            const FuzzUsers::Input& m = inputs[manager.value()];
            expectText(card, "X-MANAGER", normalised(displayName(m)));
            FUZZ_CHECK(ExportParsers::props(card, QStringLiteral("RELATED")).size() ==
                       (m.emailAddress.isEmpty() ? 0 : 1));
        }
    }
    return 0;
}
