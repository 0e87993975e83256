// SPDX-License-Identifier: MIT
#pragma once

#include "userfacets.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A named way of looking at the directory: search text, facet choices, and the table's columns and sort
// (QHeaderView::saveState bytes, opaque here). Kept in QSettings, one place for loading and saving.
struct SavedView
{
    QString name;
    QString query;
    FacetSelection facets;
    QByteArray headerState;
    int sortColumn = -1;
    bool sortDescending = false;

    // The search text and facet choices as one query, for `export --query`.
    QString fullQuery() const;
    bool operator==(const SavedView& o) const;
};

class SavedViewStore
{
public:
    // Uses QSettings() (organisation and application names) under `group`.
    explicit SavedViewStore(const QString& group = QStringLiteral("savedViews"));

    QList<SavedView> views() const; // in name order
    bool contains(const QString& name) const;
    SavedView view(const QString& name) const;
    // Adds or replaces by name.
    void save(const SavedView& view);
    // False when `from` does not exist or `to` is taken (or empty).
    bool rename(const QString& from, const QString& to);
    void remove(const QString& name);

private:
    void write(const QList<SavedView>& views);
    QString m_group;
};
