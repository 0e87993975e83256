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
} // namespace TextFold
