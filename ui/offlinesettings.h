// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// The offline copy's preferences, kept with QSettings ("offline/…"): whether to keep a copy, when the window
// refreshes a copy it starts from, and how long history is kept.
struct OfflineSettings
{
    enum class Refresh
    {
        WhenOlder, // when the copy is older than maxAgeMinutes (default)
        Always,
        Manual // only when Refresh is pressed
    };

    bool keepCopy = true;
    Refresh refresh = Refresh::WhenOlder;
    int maxAgeMinutes = 60;
    int historyDays = 365;

    static OfflineSettings load();
    void save() const;
    // Whether a copy finished at `finishedMsecs` is to be refreshed at `nowMsecs` (UTC ms).
    bool wantsRefresh(qint64 finishedMsecs, qint64 nowMsecs) const;
};
