// SPDX-License-Identifier: MIT
#include "userrecord.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

// Layout of format 1 (integers little-endian, lengths and counts as LEB128 varints, text as UTF-8):
//   u8 format | u32 presence | u8 settingNulls | u8 createdForm | i16 createdOffset | u8 active | u16 settings
//   (2 bits each) | varint zigzag createdMsecs | u8 flags (bit 0: trustedEmailAddress is emailAddress, omitted)
//   | text id, emailAddress, [trustedEmailAddress], firstName, lastName, title, phoneNumber, extension, managerId,
//   created (only when kept as text), meetingConsentPageUrl | list emailAliases, personalMeetingUrls
//   | languages (count, then text + u8 primary each) | extra fields as compact JSON (length 0: none)
class UserRecordCodec
{
public:
    enum Flags : quint8
    {
        TrustedIsEmail = 1,
    };

    // Writes straight into a buffer sized for the usual (ASCII) case up front; grows only for other text.
    class Writer
    {
    public:
        explicit Writer(qsizetype estimate)
            : out(estimate, Qt::Uninitialized)
            , p(out.data())
            , end(out.data() + out.size())
        {}
        QByteArray take()
        {
            out.truncate(p - out.data());
            return std::move(out);
        }
        void ensure(qsizetype n)
        {
            if (end - p >= n)
                return;
            const qsizetype used = p - out.data();
            out.resize(std::max(out.size() * 2, used + n));
            p = out.data() + used;
            end = out.data() + out.size();
        }
        void byte(quint8 b)
        {
            ensure(1);
            *p++ = char(b);
        }
        void fixed(quint64 v, int bytes)
        {
            ensure(bytes);
            for (int i = 0; i < bytes; ++i)
                *p++ = char(quint8(v >> (8 * i)));
        }
        void varint(quint64 v)
        {
            ensure(10);
            while (v >= 0x80) {
                *p++ = char(quint8(v | 0x80));
                v >>= 7;
            }
            *p++ = char(quint8(v));
        }
        void bytes(const char* data, qsizetype n)
        {
            varint(quint64(n));
            ensure(n);
            if (n > 0)
                std::memcpy(p, data, size_t(n));
            p += n;
        }
        void bytes(const QByteArray& b) { bytes(b.constData(), b.size()); }
        void text(const QString& s)
        {
            // ASCII, by far the usual case, is copied straight; toUtf8() for the rest.
            const qsizetype n = s.size();
            const QChar* c = s.constData();
            varint(quint64(n));
            ensure(n);
            char* start = p;
            for (qsizetype i = 0; i < n; ++i) {
                const char16_t u = c[i].unicode();
                if (u >= 0x80) {
                    p = start - varintSize(quint64(n));
                    bytes(s.toUtf8());
                    return;
                }
                *p++ = char(u);
            }
        }
        void list(const QStringList& l)
        {
            varint(quint64(l.size()));
            for (const QString& s : l)
                text(s);
        }
        static int varintSize(quint64 v)
        {
            int n = 1;
            for (; v >= 0x80; v >>= 7)
                ++n;
            return n;
        }

    private:
        QByteArray out;
        char* p;
        char* end;
    };

    class Reader
    {
    public:
        const char* p;
        const char* end;
        bool ok = true;
        quint8 byte()
        {
            if (p >= end) {
                ok = false;
                return 0;
            }
            return quint8(*p++);
        }
        quint64 fixed(int bytes)
        {
            quint64 v = 0;
            for (int i = 0; i < bytes; ++i)
                v |= quint64(byte()) << (8 * i);
            return v;
        }
        quint64 varint()
        {
            quint64 v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                const quint8 b = byte();
                v |= quint64(b & 0x7f) << shift;
                if (!(b & 0x80))
                    return v;
            }
            ok = false;
            return 0;
        }
        // A length that fits in what is left (a damaged record must not make us allocate gigabytes).
        qsizetype length()
        {
            const quint64 n = varint();
            if (!ok || n > quint64(end - p)) {
                ok = false;
                return 0;
            }
            return qsizetype(n);
        }
        QByteArrayView span()
        {
            const qsizetype n = length();
            const QByteArrayView v(p, n);
            p += n;
            return v;
        }
        QString text()
        {
            const QByteArrayView v = span();
            return v.isEmpty() ? QString() : QString::fromUtf8(v);
        }
        QStringList list()
        {
            const qsizetype n = length(); // each entry takes at least one byte
            QStringList l;
            l.reserve(n);
            for (qsizetype i = 0; i < n && ok; ++i)
                l.append(text());
            return l;
        }
    };

    // The size of a user's record when all its text is ASCII.
    static qsizetype estimate(const User& u)
    {
        qsizetype n = 64 + u.id.size() + u.emailAddress.size() + u.trustedEmailAddress.size() + u.firstName.size() +
                      u.lastName.size() + u.title.size() + u.phoneNumber.size() + u.extension.size() +
                      u.managerId.size() + u.m_created.size() + u.m_consentUrl.size();
        for (const QStringList* l : {&u.emailAliases, &u.personalMeetingUrls}) {
            for (const QString& s : *l)
                n += s.size() + 2;
        }
        for (const SpokenLanguage& l : u.spokenLanguages)
            n += l.language.size() + 3;
        return n;
    }

    static QByteArray pack(const User& u)
    {
        const QByteArray extra =
            u.m_extra.isEmpty() ? QByteArray() : QJsonDocument(u.m_extra).toJson(QJsonDocument::Compact);
        Writer w(estimate(u) + extra.size());
        w.byte(UserRecord::formatVersion);
        w.fixed(u.m_presence, 4);
        w.byte(u.m_settingNulls);
        w.byte(u.m_createdForm);
        w.fixed(quint16(u.m_createdOffset), 2);
        w.byte(quint8(u.active));
        quint16 settings = 0;
        for (int i = 0; i < UserSettingCount; ++i)
            settings |= quint16(quint16(u.settings[size_t(i)]) << (2 * i));
        w.fixed(settings, 2);
        w.varint((quint64(u.createdMsecs) << 1) ^ quint64(u.createdMsecs >> 63));
        const bool trustedIsEmail = u.trustedEmailAddress == u.emailAddress;
        w.byte(trustedIsEmail ? TrustedIsEmail : 0);
        w.text(u.id);
        w.text(u.emailAddress);
        if (!trustedIsEmail)
            w.text(u.trustedEmailAddress);
        w.text(u.firstName);
        w.text(u.lastName);
        w.text(u.title);
        w.text(u.phoneNumber);
        w.text(u.extension);
        w.text(u.managerId);
        w.text(u.m_created);
        w.bytes(u.m_consentUrl);
        w.list(u.emailAliases);
        w.list(u.personalMeetingUrls);
        w.varint(quint64(u.spokenLanguages.size()));
        for (const SpokenLanguage& l : u.spokenLanguages) {
            w.text(l.language);
            w.byte(l.primary ? 1 : 0);
        }
        w.bytes(extra);
        return w.take();
    }

    static bool unpack(QByteArrayView bytes, User* out)
    {
        Reader r{bytes.data(), bytes.data() + bytes.size()};
        if (r.byte() != UserRecord::formatVersion)
            return false;
        User u;
        u.m_presence = std::uint32_t(r.fixed(4));
        u.m_settingNulls = r.byte();
        u.m_createdForm = r.byte();
        u.m_createdOffset = std::int16_t(quint16(r.fixed(2)));
        const quint8 active = r.byte();
        if (active > quint8(TriState::On))
            return false;
        u.active = TriState(active);
        const quint16 settings = quint16(r.fixed(2));
        for (int i = 0; i < UserSettingCount; ++i) {
            const int s = (settings >> (2 * i)) & 3;
            if (s > int(TriState::On))
                return false;
            u.settings[size_t(i)] = TriState(s);
        }
        const quint64 zigzag = r.varint();
        u.createdMsecs = qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
        const quint8 flags = r.byte();
        u.id = r.text();
        u.emailAddress = r.text();
        u.trustedEmailAddress = (flags & TrustedIsEmail) ? u.emailAddress : r.text();
        u.firstName = r.text();
        u.lastName = r.text();
        u.title = r.text();
        u.phoneNumber = r.text();
        u.extension = r.text();
        u.managerId = r.text();
        u.m_created = r.text();
        const QByteArrayView consent = r.span();
        u.m_consentUrl = consent.isEmpty() ? QByteArray() : consent.toByteArray();
        u.emailAliases = r.list();
        u.personalMeetingUrls = r.list();
        const qsizetype languages = r.length();
        u.spokenLanguages.reserve(languages);
        for (qsizetype i = 0; i < languages && r.ok; ++i) {
            SpokenLanguage l;
            l.language = r.text();
            l.primary = r.byte() != 0;
            u.spokenLanguages.append(l);
        }
        const QByteArrayView extra = r.span();
        if (!r.ok || r.p != r.end)
            return false;
        if (!extra.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(extra.toByteArray(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return false;
            u.m_extra = doc.object();
        }
        *out = std::move(u);
        return true;
    }
};

QByteArray UserRecord::pack(const User& user)
{
    return UserRecordCodec::pack(user);
}

bool UserRecord::unpack(QByteArrayView bytes, User* user)
{
    return UserRecordCodec::unpack(bytes, user);
}
