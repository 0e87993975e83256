// SPDX-License-Identifier: MIT
#include "savedviews.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

QString SavedView::fullQuery() const
{
    const QString f = facets.toQueryText();
    if (query.trimmed().isEmpty())
        return f;
    return f.isEmpty() ? query.trimmed() : query.trimmed() + QLatin1Char(' ') + f;
}

bool SavedView::operator==(const SavedView& o) const
{
    return name == o.name && query == o.query && facets == o.facets && headerState == o.headerState &&
           sortColumn == o.sortColumn && sortDescending == o.sortDescending;
}

SavedViewStore::SavedViewStore(const QString& group)
    : m_group(group)
{}

QList<SavedView> SavedViewStore::views() const
{
    QSettings settings;
    QList<SavedView> out;
    const int n = settings.beginReadArray(m_group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SavedView v;
        v.name = settings.value(QStringLiteral("name")).toString();
        if (v.name.isEmpty())
            continue;
        v.query = settings.value(QStringLiteral("query")).toString();
        v.headerState = settings.value(QStringLiteral("header")).toByteArray();
        v.sortColumn = settings.value(QStringLiteral("sortColumn"), -1).toInt();
        v.sortDescending = settings.value(QStringLiteral("sortDescending")).toBool();
        for (int g = 0; g < UserFacets::groupCount(); ++g) {
            const QStringList values =
                settings.value(QStringLiteral("facets/") + UserFacets::groupKey(g)).toStringList();
            if (!values.isEmpty())
                v.facets.setValues(g, values);
        }
        out.append(v);
    }
    settings.endArray();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(),
                     [&](const SavedView& a, const SavedView& b) { return collator.compare(a.name, b.name) < 0; });
    return out;
}

bool SavedViewStore::contains(const QString& name) const
{
    const QList<SavedView> all = views();
    return std::any_of(all.begin(), all.end(), [&](const SavedView& v) { return v.name == name; });
}

SavedView SavedViewStore::view(const QString& name) const
{
    for (const SavedView& v : views()) {
        if (v.name == name)
            return v;
    }
    return SavedView();
}

void SavedViewStore::save(const SavedView& view)
{
    if (view.name.trimmed().isEmpty())
        return;
    QList<SavedView> all = views();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const SavedView& v) { return v.name == view.name; }),
              all.end());
    all.append(view);
    write(all);
}

bool SavedViewStore::rename(const QString& from, const QString& to)
{
    if (to.trimmed().isEmpty() || contains(to))
        return false;
    QList<SavedView> all = views();
    for (SavedView& v : all) {
        if (v.name == from) {
            v.name = to.trimmed();
            write(all);
            return true;
        }
    }
    return false;
}

void SavedViewStore::remove(const QString& name)
{
    QList<SavedView> all = views();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const SavedView& v) { return v.name == name; }), all.end());
    write(all);
}

void SavedViewStore::write(const QList<SavedView>& views)
{
    QSettings settings;
    settings.remove(m_group);
    settings.beginWriteArray(m_group, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView& v = views[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), v.name);
        settings.setValue(QStringLiteral("query"), v.query);
        settings.setValue(QStringLiteral("header"), v.headerState);
        settings.setValue(QStringLiteral("sortColumn"), v.sortColumn);
        settings.setValue(QStringLiteral("sortDescending"), v.sortDescending);
        for (int g = 0; g < UserFacets::groupCount(); ++g) {
            const QStringList values = v.facets.values(g);
            if (!values.isEmpty())
                settings.setValue(QStringLiteral("facets/") + UserFacets::groupKey(g), values);
        }
    }
    settings.endArray();
}
