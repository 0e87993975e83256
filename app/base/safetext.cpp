// SPDX-License-Identifier: MIT
#include "safetext.h"

namespace {
void appendHex(QString& out, char32_t c, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.append(QLatin1Char(hex[(c >> shift) & 0xF]));
}

// Appends the escape of `c` (a code point, or one unpaired surrogate).
void appendEscape(QString& out, char32_t c)
{
    switch (c) {
    case U'\t':
        out.append(QLatin1String("\\t"));
        return;
    case U'\n':
        out.append(QLatin1String("\\n"));
        return;
    case U'\r':
        out.append(QLatin1String("\\r"));
        return;
    default:
        break;
    }
    if (c < 0x80) {
        out.append(QLatin1String("\\x"));
        appendHex(out, c, 2);
    } else {
        out.append(QLatin1String("\\u"));
        appendHex(out, c, 4);
    }
}

// Appends the character at text[*at] (a surrogate pair counts as one) as it is or escaped, and moves *at past it.
void appendNext(QString& out, QStringView text, qsizetype* at, SafeText::LineBreaks lineBreaks)
{
    const qsizetype i = *at;
    const QChar ch = text.at(i);
    if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        out.append(ch);
        out.append(text.at(i + 1));
        *at = i + 2;
        return;
    }
    *at = i + 1;
    const char32_t c = ch.unicode();
    if (lineBreaks == SafeText::LineBreaks::Keep) {
        const bool crlf = c == U'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (c == U'\n' || c == U'\t' || crlf) {
            out.append(ch);
            return;
        }
    }
    if (ch.isSurrogate() || SafeText::needsEscape(c))
        appendEscape(out, c);
    else
        out.append(ch);
}
} // namespace

namespace SafeText {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || c == 0x7F)
        return true; // C0 controls (ESC, BEL, CR, LF, backspace …) and DEL
    if (c >= 0x80 && c <= 0x9F)
        return true; // C1 controls (U+009B is CSI on some terminals)
    switch (c) {
    case 0x061C: // ARABIC LETTER MARK
    case 0x200E: // LEFT-TO-RIGHT MARK
    case 0x200F: // RIGHT-TO-LEFT MARK
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        break;
    }
    return (c >= 0x202A && c <= 0x202E)     // embeddings and overrides (LRE, RLE, PDF, LRO, RLO)
           || (c >= 0x2066 && c <= 0x2069); // isolates (LRI, RLI, FSI, PDI)
}

QString escaped(QStringView text, LineBreaks lineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype at = 0; at < text.size();)
        appendNext(out, text, &at, lineBreaks);
    return out;
}

QString shown(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength) + 1);
    qsizetype roomForEllipsis = 0; // the length of `out` at the last whole character that leaves room for "…"
    for (qsizetype at = 0; at < text.size();) {
        appendNext(out, text, &at, LineBreaks::Escape);
        if (out.size() > maxLength) {
            out.truncate(roomForEllipsis);
            out.append(QChar(0x2026));
            return out;
        }
        if (out.size() < maxLength)
            roomForEllipsis = out.size();
    }
    return out;
}

} // namespace SafeText
