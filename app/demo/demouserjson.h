// SPDX-License-Identifier: MIT
#pragma once

#include "demopeople.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

class DemoOrgChart;
class QRandomGenerator;

// The demo company's users as Gong's UserMetadata JSON. The values many users share (settings objects, spoken
// languages, titles) are built once, and each combination of optional fields has a template object whose values a
// user assigns in place: with Qt 6.4's QJsonObject that is what makes a million users affordable. Building a user
// only reads this shared state and draws from the caller's generator, so users are built on several threads.
class DemoUserJson
{
public:
    DemoUserJson(const DemoPeople& people, const QString& companySlug, const QString& domain);

    // The member of `chart` with their identity from the people; thread-safe.
    QJsonObject user(const DemoOrgChart& chart, int member, QRandomGenerator& rng) const;
    QJsonObject avatar(const DemoPeople::Identity& identity, const QString& id, QRandomGenerator& rng) const;

private:
    struct Department
    {
        QJsonValue head;
        QList<QList<QJsonValue>> levels; // indexed by DemoOrgChart::Member::titleLevel
        bool revenueTeam;
    };
    struct Template
    {
        QJsonObject object;
        std::vector<quint8> fields; // the object's keys in iteration order (Field)
    };

    static int languageIndex(int others, int second, int third, bool hasPrimary);
    static int settingsBits(bool revenueTeam, QRandomGenerator& rng);
    void buildSharedValues();
    const QJsonValue& title(int department, int titleLevel, int titleIndex) const;

    const DemoPeople& m_people;
    QList<Department> m_departments;
    QList<QList<QJsonArray>> m_languages; // per locale, every spokenLanguages combination (languageIndex())
    QList<QJsonObject> m_settings;        // indexed by settingsBits()
    QJsonArray m_conferencingProviders;
    std::vector<Template> m_templates; // indexed by the mask of optional fields present
    QString m_domain;
    QString m_legacyDomain;
    QString m_consentUrlPrefix;
    const QJsonValue m_ceoTitle = QStringLiteral("Chief Executive Officer");
    const QJsonValue m_assistantTitle = QStringLiteral("Executive Business Partner");
};
