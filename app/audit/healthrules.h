// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The text rules of the data-health checks: what counts as an e-mail address, a plausible phone number and a secure
// meeting link. Plain functions, fast enough to run on every person of a page as it arrives.
namespace HealthRules {
// Surrounding spaces removed, as QStringView::trimmed() does, without its call when there is nothing to trim (nearly
// always: every check of every person trims something).
QStringView trimmed(QStringView text);

// local@domain.tld: one '@', a local part of 1–64 characters without spaces, leading, trailing or doubled dots
// (letters, digits and !#$%&'*+/=?^_`{|}~.- — and any non-ASCII letter, RFC 6531), a domain of two or more labels
// of letters, digits and inner hyphens (non-ASCII allowed: IDN), a last label of at least two letters (or xn--…),
// 254 characters at most. Quoted local parts and IP-address domains are not used for people: they fail.
bool isValidEmail(QStringView address);

// A number someone could dial: an optional leading '+', digits with spaces and ()-./ between them, 7–15 digits
// (E.164 allows 15), not all the same digit, optionally followed by an extension ("x123", "ext. 123", "#123").
// Letters ("TBD", "n/a"), a '+' inside the number, or too few/many digits are not plausible.
bool isPlausiblePhone(QStringView phone);

// https:// followed by a host (letters, digits, . - _ ~ % : @ [ ], any non-ASCII letter), and no space or control
// character anywhere; surrounding spaces ignored. The same rule for UTF-8 text.
bool isHttpsUrl(QStringView url);
bool isHttpsUrl(QByteArrayView utf8);

// Whether two addresses are on the same domain (the parts after the last '@', case-insensitive); false when either
// has none.
bool sameDomain(QStringView a, QStringView b);
} // namespace HealthRules
