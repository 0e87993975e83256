// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>

// ISO-8601 timestamps as Gong sends them ("2018-02-17T02:30:00-08:00", "...Z", with or without ".zzz"): read into
// UTC milliseconds without QDateTime for those forms, and held compactly (milliseconds + offset) so that exactly the
// text that came can be written back. Other forms are left to QDateTime and kept as text by their holder.
class IsoDateCodec
{
public:
    // How text() writes a compact form: a combination of these bits.
    enum Form : std::uint8_t
    {
        Kept = 0,    // not compact: the holder keeps the text as it came
        Rebuilt = 1, // text() writes it back from the milliseconds and the offset
        WithMs = 2,  // ".zzz" after the seconds
        Zulu = 4,    // "Z"; otherwise an offset: +HH:MM, or -HH:MM with Minus
        Minus = 8,   // "-HH:MM" (also "-00:00", which is not "+00:00")
    };

    struct Compact
    {
        qint64 msecs = 0;               // UTC ms since 1970; 0 when the text is no date (or is exactly 1970-01-01Z)
        std::uint8_t form = Kept;       // Form bits
        std::int16_t offsetMinutes = 0; // east of UTC, for the offset forms
    };

    // UTC ms since 1970 of `text`, 0 when it is no date QDateTime reads as Qt::ISODateWithMs (an offset-less
    // form is local time, as QDateTime has it). *exact (optional): true when `text` is one of the fixed-width forms
    // read directly, which compact() can give back exactly.
    static qint64 toMsecs(const QString& text, bool* exact = nullptr);
    // `text` as milliseconds plus how to write it back; form Kept (msecs still set) when only the text itself can
    // say it exactly: other forms, and the instant 0, which also means "no date".
    static Compact compact(const QString& text);
    // The text of a compact form (form has Rebuilt). No printf, no QDateTime: this runs on the table's paint and
    // sort paths.
    static QString text(const Compact& compact);
};
