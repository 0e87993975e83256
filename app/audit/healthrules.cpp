// SPDX-License-Identifier: MIT
#include "healthrules.h"

namespace {
bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The ASCII characters RFC 5322 allows unquoted in a local part ("atext" and the dot).
constexpr bool asciiLocal(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '!' ||
           c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*' || c == '+' || c == '/' || c == '=' ||
           c == '?' || c == '^' || c == '_' || c == '`' || c == '{' || c == '|' || c == '}' || c == '~' || c == '-';
}

struct LocalTable
{
    bool allowed[128] = {};
    constexpr LocalTable()
    {
        for (int c = 0; c < 128; ++c)
            allowed[c] = asciiLocal(char(c));
    }
};
constexpr LocalTable localTable;

bool isLocalChar(char16_t c)
{
    if (c < 0x80)
        return localTable.allowed[c];
    // Internationalised addresses (RFC 6531): any character but spaces and invisible ones.
    const QChar ch(c);
    return !ch.isSpace() && ch.category() != QChar::Other_Control && ch.category() != QChar::Other_Format;
}

bool isLabelChar(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || (c >= 0x80 && QChar(c).isLetterOrNumber());
}

// https:// and a host, for QStringView or UTF-8 bytes (`code` gives a character's value; bytes of a multi-byte
// UTF-8 sequence are >= 0x80 and count as letters). No QUrl: it costs a microsecond per link, and every person has
// one or two.
template <typename Text, typename Code> bool httpsRule(const Text& text, Code code)
{
    static constexpr char scheme[] = "https://";
    constexpr qsizetype schemeSize = sizeof(scheme) - 1;
    if (text.size() <= schemeSize)
        return false;
    for (qsizetype i = 0; i < schemeSize; ++i) {
        char16_t c = code(text[i]);
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        if (c != char16_t(scheme[i]))
            return false;
    }
    const auto control = [](char16_t c) {
        return c <= u' ' || c == 0x7f || (c >= 0x80 && c < 0xa0 && sizeof(Text{}[0]) == 2);
    }; // spaces and control characters (C0, DEL, and C1 in UTF-16)
    qsizetype i = schemeSize;
    for (; i < text.size(); ++i) {
        const char16_t c = code(text[i]);
        if (c == u'/' || c == u'?' || c == u'#')
            break;
        if (control(c) || !(isAsciiLetter(c) || isAsciiDigit(c) || c >= 0x80 || c == u'.' || c == u'-' || c == u'_' ||
                            c == u'~' || c == u'%' || c == u':' || c == u'@' || c == u'[' || c == u']'))
            return false;
    }
    if (i == schemeSize)
        return false; // no host
    bool bad = false; // no early exit: the loop stays branch-free, and nearly every link is good
    for (; i < text.size(); ++i)
        bad |= control(code(text[i]));
    return !bad;
}

unsigned codeOf(QChar c)
{
    return c.unicode();
}

unsigned codeOf(char c)
{
    return static_cast<unsigned char>(c);
}

// HealthRules::trimmed() for QStringView and UTF-8 bytes.
template <typename View> View trimmedFast(View text)
{
    // Neither end a space nor beyond ASCII (there the library decides what a space is): nothing to trim.
    const auto plain = [](unsigned c) { return c > u' ' && c < 0x80; };
    return !text.isEmpty() && plain(codeOf(text.front())) && plain(codeOf(text.back())) ? text : text.trimmed();
}

bool isValidLocal(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.')
        return false;
    for (qsizetype i = 0; i < local.size(); ++i) {
        const char16_t c = local[i].unicode();
        if (!isLocalChar(c) || (c == u'.' && local[i - 1] == u'.'))
            return false;
    }
    return true;
}

bool isValidDomain(QStringView domain)
{
    const qsizetype n = domain.size();
    if (n == 0 || n > 253)
        return false;
    const char16_t* d = domain.utf16();
    int labels = 0;
    qsizetype start = 0;
    qsizetype lastStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && d[i] != u'.') {
            if (!isLabelChar(d[i]))
                return false;
            continue;
        }
        const qsizetype size = i - start;
        if (size == 0 || size > 63 || d[start] == u'-' || d[i - 1] == u'-')
            return false;
        ++labels;
        lastStart = start;
        start = i + 1;
    }
    if (labels < 2)
        return false;
    // The top-level domain: letters only (two or more), or an IDN in its ASCII form.
    const QStringView tld = domain.mid(lastStart);
    if (tld.startsWith(u"xn--", Qt::CaseInsensitive))
        return true;
    if (tld.size() < 2)
        return false;
    for (const QChar c : tld) {
        if (!(isAsciiLetter(c.unicode()) || (c.unicode() >= 0x80 && c.isLetter())))
            return false;
    }
    return true;
}
} // namespace

namespace HealthRules {
QStringView trimmed(QStringView text)
{
    return trimmedFast(text);
}

bool isValidEmail(QStringView address)
{
    if (address.size() > 254)
        return false;
    qsizetype at = -1;
    const char16_t* a = address.utf16();
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (a[i] == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    if (at < 0)
        return false;
    return isValidLocal(address.left(at)) && isValidDomain(address.mid(at + 1));
}

bool isPlausiblePhone(QStringView phone)
{
    QStringView number = trimmedFast(phone);
    // An extension at the end: "x123", "ext 123", "ext. 123", "extension 123", "#123".
    qsizetype cut = -1;
    for (qsizetype i = 1; i < number.size(); ++i) {
        const char16_t c = number[i].unicode() | (isAsciiLetter(number[i].unicode()) ? 0x20 : 0); // ASCII lower case
        if (c == u'x' || c == u'#' || (c == u'e' && number.mid(i).startsWith(u"ext", Qt::CaseInsensitive))) {
            cut = i;
            break;
        }
        if (!isAsciiDigit(c) && c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.' && c != u'/' && c != u'+')
            break;
    }
    if (cut > 0) {
        QStringView extension = number.mid(cut);
        while (!extension.isEmpty() && !isAsciiDigit(extension.front().unicode()))
            extension = extension.mid(1); // "x", "ext.", "extension", "#", spaces
        const QStringView marker = number.mid(cut, number.size() - cut - extension.size()).trimmed();
        static const QStringView markers[] = {u"x", u"#", u"ext", u"ext.", u"extension", u"ext:"};
        bool knownMarker = false;
        for (const QStringView m : markers)
            knownMarker = knownMarker || marker.compare(m, Qt::CaseInsensitive) == 0;
        if (!knownMarker || extension.isEmpty() || extension.size() > 6)
            return false;
        for (const QChar c : extension) {
            if (!isAsciiDigit(c.unicode()))
                return false;
        }
        number = number.left(cut).trimmed();
    }
    int digits = 0;
    char16_t firstDigit = 0;
    bool allSame = true;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const char16_t c = number[i].unicode();
        if (isAsciiDigit(c)) {
            if (digits == 0)
                firstDigit = c;
            allSame = allSame && c == firstDigit;
            ++digits;
        } else if (c == u'+') {
            if (i != 0)
                return false;
        } else if (c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.' && c != u'/' && c != 0x00a0) {
            return false;
        }
    }
    return digits >= 7 && digits <= 15 && !allSame;
}

bool isHttpsUrl(QStringView url)
{
    return httpsRule(trimmedFast(url), [](QChar c) { return c.unicode(); });
}

bool isHttpsUrl(QByteArrayView utf8)
{
    return httpsRule(trimmedFast(utf8), [](char c) { return char16_t(static_cast<unsigned char>(c)); });
}

bool sameDomain(QStringView a, QStringView b)
{
    const qsizetype atA = a.lastIndexOf(u'@');
    const qsizetype atB = b.lastIndexOf(u'@');
    if (atA < 0 || atB < 0)
        return false;
    return a.mid(atA + 1).trimmed().compare(b.mid(atB + 1).trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace HealthRules
