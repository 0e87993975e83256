// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {
const QLatin1String profilesGroup("connections");
const QLatin1String activeKey("activeConnection");
} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ProfileStore::ProfileStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFileName() const
{
    return m_settings->fileName();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(profilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        const int c = a.name.localeAwareCompare(b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return std::nullopt;
    m_settings->beginGroup(profilesGroup + QLatin1Char('/') + id);
    std::optional<ConnectionProfile> result;
    if (m_settings->contains(QStringLiteral("name"))) {
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        p.method = Credentials::methodFromKey(m_settings->value(QStringLiteral("authMethod")).toString());
        p.includeAvatars = m_settings->value(QStringLiteral("includeAvatars"), false).toBool();
        p.rememberSecrets = m_settings->value(QStringLiteral("rememberSecrets"), true).toBool();
        result = p;
    }
    m_settings->endGroup();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profileNamed(const QString& name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile& p : all) {
        if (p.name == wanted)
            return p;
    }
    for (const ConnectionProfile& p : all) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

ConnectionProfile ProfileStore::saveProfile(ConnectionProfile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (p.name.trimmed().isEmpty())
        p.name = p.baseUrl.host().isEmpty() ? tr("Gong") : p.baseUrl.host();
    m_settings->beginGroup(profilesGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name.trimmed());
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(QStringLiteral("authMethod"), Credentials::methodKey(p.method));
    m_settings->setValue(QStringLiteral("includeAvatars"), p.includeAvatars);
    m_settings->setValue(QStringLiteral("rememberSecrets"), p.rememberSecrets);
    m_settings->endGroup();
    m_settings->sync();
    p.name = p.name.trimmed();
    Q_EMIT profilesChanged();
    return p;
}

bool ProfileStore::removeProfile(const QString& id)
{
    if (!profile(id))
        return false;
    if (m_settings->value(activeKey).toString() == id)
        m_settings->remove(activeKey);
    m_settings->remove(profilesGroup + QLatin1Char('/') + id);
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::activeProfileId() const
{
    const QString id = m_settings->value(activeKey).toString();
    return profile(id) ? id : QString();
}

void ProfileStore::setActiveProfileId(const QString& id)
{
    m_settings->setValue(activeKey, id);
    m_settings->sync();
}

QString ProfileStore::uniqueProfileName(const QString& wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("Gong") : wanted.trimmed();
    QStringList names;
    for (const ConnectionProfile& p : profiles())
        names.append(p.name);
    QString name = base;
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}
