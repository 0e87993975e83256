// SPDX-License-Identifier: MIT
#include "healthrules.h"

#include <QUrl>

namespace {
bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isLocalChar(char16_t c)
{
    if (isAsciiLetter(c) || isAsciiDigit(c) || c == u'.')
        return true;
    if (c >= 0x80)
        return !QChar(c).isSpace() && QChar(c).category() != QChar::Other_Control &&
               QChar(c).category() != QChar::Other_Format;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
        return true;
    default:
        return false;
    }
}

bool isLabelChar(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || (c >= 0x80 && QChar(c).isLetterOrNumber());
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
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    int labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (const QChar c : label) {
            if (!isLabelChar(c.unicode()))
                return false;
        }
        ++labels;
        if (end == domain.size()) {
            // The top-level domain: letters only (two or more), or an IDN in its ASCII form.
            if (label.startsWith(u"xn--", Qt::CaseInsensitive))
                return labels >= 2;
            if (label.size() < 2)
                return false;
            for (const QChar c : label) {
                if (!c.isLetter())
                    return false;
            }
            return labels >= 2;
        }
        start = end + 1;
    }
    return false;
}
} // namespace

namespace HealthRules {
bool isValidEmail(QStringView address)
{
    if (address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at < 0 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    return isValidLocal(address.left(at)) && isValidDomain(address.mid(at + 1));
}

QString domainOf(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toString().toLower();
}

bool isPlausiblePhone(QStringView phone)
{
    QStringView number = phone.trimmed();
    // An extension at the end: "x123", "ext 123", "ext. 123", "extension 123", "#123".
    qsizetype cut = -1;
    for (qsizetype i = 1; i < number.size(); ++i) {
        const char16_t c = number[i].toLower().unicode();
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
    const QStringView text = url.trimmed();
    if (!text.startsWith(u"https://", Qt::CaseInsensitive))
        return false;
    const QUrl parsed(text.toString(), QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty();
}
} // namespace HealthRules
