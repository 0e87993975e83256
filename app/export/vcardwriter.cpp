// SPDX-License-Identifier: MIT
#include "vcardwriter.h"

#include "directory/directory.h"

namespace {
constexpr int MaxLineOctets = 75;

// Percent-encodes what may not appear raw in a URI value inside a vCard (controls, spaces,
// non-ASCII, and the characters vCard parsers split or escape on).
QString uriValue(const QString& uri)
{
    const QByteArray utf8 = uri.trimmed().toUtf8();
    QString out;
    out.reserve(utf8.size());
    for (char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b <= 0x20 || b >= 0x7F || b == ',' || b == ';' || b == '\\' || b == '"' || b == '<' || b == '>') {
            out += QStringLiteral("%%1").arg(uint(b), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += QLatin1Char(ch);
        }
    }
    return out;
}

bool isLanguageTag(const QString& tag)
{
    if (tag.isEmpty())
        return false;
    for (QChar c : tag) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

// "+1 123-567-8989" → "+1-123-567-8989" (RFC 3966 global number with visual separators);
// empty when the number is not in global form.
QString telUriNumber(const QString& phone)
{
    QString p = phone.trimmed();
    // "+44 (0)20 …": the trunk prefix in brackets is not dialled from abroad.
    p.remove(QStringLiteral("(0)"));
    if (!p.startsWith(QLatin1Char('+')))
        return QString();
    QString out = QStringLiteral("+");
    int digits = 0;
    for (int i = 1; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            out += c;
            ++digits;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            if (!out.endsWith(QLatin1Char('-')) && out.size() > 1)
                out += QLatin1Char('-');
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            continue;
        } else {
            return QString();
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return digits > 0 ? out : QString();
}

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!(c.isDigit() && c.unicode() < 0x80))
            return false;
    }
    return true;
}
} // namespace

QString VCardWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        default:
            // Other control characters have no place in a content line.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
            break;
        }
    }
    return out;
}

QByteArray VCardWriter::foldLine(const QByteArray& line)
{
    if (line.size() <= MaxLineOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 3);
    qsizetype pos = 0;
    int room = MaxLineOctets; // the first line has 75 octets, continuations 74 after their space
    while (pos < line.size()) {
        qsizetype end = qMin(pos + room, line.size());
        // Never cut a multi-byte UTF-8 sequence: back up to the start of the character.
        while (end < line.size() && end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (end == pos) // cannot happen with valid UTF-8 (a sequence is at most 4 octets)
            end = qMin(pos + room, line.size());
        if (pos > 0)
            out += "\r\n ";
        out += line.mid(pos, end - pos);
        pos = end;
        room = MaxLineOctets - 1;
    }
    return out;
}

QUuid VCardWriter::uidNamespace()
{
    // Fixed forever: changing it would change every exported UID.
    static const QUuid ns(QStringLiteral("{6f0b6a52-2c1e-4c55-9a7e-0d3c1f5e8b21}"));
    return ns;
}

QString VCardWriter::uidFor(const QString& gongId)
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(uidNamespace(), gongId).toString(QUuid::WithoutBraces);
}

void VCardWriter::property(const QString& nameAndParams, const QString& value)
{
    out() += foldLine((nameAndParams + QLatin1Char(':') + value).toUtf8());
    out() += "\r\n";
}

void VCardWriter::writeBegin(const Directory& directory, qint64 rowCount)
{
    Q_UNUSED(directory);
    Q_UNUSED(rowCount);
}

void VCardWriter::writeRow(const Directory& directory, int row, qint64 index)
{
    Q_UNUSED(index);
    const User& u = directory.user(row);
    out() += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    property(QStringLiteral("UID"), uidFor(u.id));
    property(QStringLiteral("FN"), escapeText(u.displayName()));
    if (!u.firstName.isEmpty() || !u.lastName.isEmpty())
        property(QStringLiteral("N"),
                 escapeText(u.lastName) + QLatin1Char(';') + escapeText(u.firstName) + QLatin1String(";;;"));
    if (!u.emailAddress.isEmpty())
        property(QStringLiteral("EMAIL;TYPE=work;PREF=1"), escapeText(u.emailAddress));
    for (const QString& alias : u.emailAliases) {
        if (!alias.isEmpty() && alias != u.emailAddress)
            property(QStringLiteral("EMAIL;TYPE=work"), escapeText(alias));
    }
    if (!u.phoneNumber.trimmed().isEmpty()) {
        const QString number = telUriNumber(u.phoneNumber);
        const QString ext = u.extension.trimmed();
        if (!number.isEmpty() && (ext.isEmpty() || isDigits(ext))) {
            QString uri = QStringLiteral("tel:") + number;
            if (!ext.isEmpty())
                uri += QStringLiteral(";ext=") + ext;
            property(QStringLiteral("TEL;VALUE=uri;TYPE=\"work,voice\""), uri);
        } else {
            QString text = u.phoneNumber.trimmed();
            if (!ext.isEmpty())
                text += QStringLiteral(" ext. ") + ext;
            property(QStringLiteral("TEL;VALUE=text;TYPE=\"work,voice\""), escapeText(text));
        }
    }
    if (!u.title.isEmpty())
        property(QStringLiteral("TITLE"), escapeText(u.title));
    for (const SpokenLanguage& l : u.spokenLanguages) {
        if (isLanguageTag(l.language))
            property(l.primary ? QStringLiteral("LANG;PREF=1") : QStringLiteral("LANG"), l.language);
    }
    for (const QString& url : u.personalMeetingUrls) {
        if (!url.trimmed().isEmpty())
            property(QStringLiteral("URL;TYPE=work"), uriValue(url));
    }
    const int m = directory.managerRow(row);
    if (m >= 0) {
        const User& manager = directory.user(m);
        if (!manager.emailAddress.isEmpty())
            property(QStringLiteral("RELATED;TYPE=colleague;VALUE=uri"),
                     QStringLiteral("mailto:") + uriValue(manager.emailAddress));
        property(QStringLiteral("X-MANAGER"), escapeText(manager.displayName()));
    }
    property(QStringLiteral("X-GONG-ID"), escapeText(u.id));
    out() += "END:VCARD\r\n";
}

void VCardWriter::writeEnd(const Directory& directory)
{
    Q_UNUSED(directory);
}
