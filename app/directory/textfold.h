// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string>

// Case- and accent-insensitive text for matching: "José" and "jose" fold to the same text, as do "Müller" and
// "muller". Canonical decomposition (NFD), combining marks dropped, then Unicode case folding. "ß" stays "ß".
namespace TextFold {
QString fold(QStringView text);
// The folded text as UTF-8, the form the search index scans.
std::string foldUtf8(QStringView text);
// Appends the folded text as UTF-8 to `out`. ASCII text (nearly every name and address) is lowered byte by byte
// straight into `out`, with no temporary strings; anything else goes through fold().
void appendFoldedUtf8(std::string& out, QStringView text);
} // namespace TextFold
