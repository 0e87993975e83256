// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Which offline copy: one per connection (base URL + whether avatars are included, since a load with avatars is a
// different list), and one per size of the demo company. Names the database file and the key under which requests
// are counted.
class StoreKey
{
public:
    StoreKey() = default;
    static StoreKey forDemo(int userCount);
    static StoreKey forBaseUrl(const QUrl& baseUrl, bool includeAvatars);

    bool isValid() const { return m_demo || m_baseUrl.isValid(); }
    bool isDemo() const { return m_demo; }
    int demoUserCount() const { return m_demoUsers; }
    QUrl baseUrl() const { return m_baseUrl; } // normalised (BaseUrl::normalize); empty for the demo
    bool includeAvatars() const { return m_avatars; }

    // "us-12345.api.gong.io-3f2a9c1e.sqlite" (the hash tells apart ports, paths and the avatars setting),
    // "demo-5000.sqlite".
    QString fileName() const;
    // fileName() in StoreFiles::folder().
    QString filePath() const;
    // Requests are counted per company: the base URL without the avatars setting; "demo" for the demo.
    QString requestKey() const;
    // For messages: "https://us-12345.api.gong.io" (with avatars: "… (with avatars)"), "the demo company".
    QString displayText() const;

    bool operator==(const StoreKey& o) const
    {
        return m_demo == o.m_demo && m_demoUsers == o.m_demoUsers && m_baseUrl == o.m_baseUrl &&
               m_avatars == o.m_avatars;
    }
    bool operator!=(const StoreKey& o) const { return !(*this == o); }

private:
    bool m_demo = false;
    int m_demoUsers = 0;
    QUrl m_baseUrl;
    bool m_avatars = false;
};
