// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class UserFilterModel;

// Facets with live counts (status, title, primary language, manager from the top of the chart down, each
// setting on/off/unknown). Ticking a value narrows the table; the current choices show as removable chips, with
// the query text they stand for.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FacetPanel(UserFilterModel* model, QWidget* parent = nullptr);

    // Values shown per group at most (the ones chosen are always shown).
    static constexpr int maxValues = 30;

    QTreeWidget* tree() const { return m_tree; }
    // How a value too long for the panel is cut: at the end ("Account Exec…"), an id in the middle.
    static Qt::TextElideMode elideMode(const QModelIndex& value);
    QList<QWidget*> chips() const;
    // Labels with counts of a group as shown, e.g. "Active (1,234)", for tests and accessibility.
    QStringList shownValues(int group) const;

public Q_SLOTS:
    void refresh();

private:
    void onItemChanged(QTreeWidgetItem* item, int column);
    void rebuildChips();
    void announceCurrentCheck();
    QString valueLabel(int group, const QString& key) const;
    void updateDepths();
    void keepAnchorInPlace();

    UserFilterModel* m_model;
    QTreeWidget* m_tree;
    QWidget* m_chipBox;
    QVBoxLayout* m_chipLayout;
    QLabel* m_queryLabel;
    QTimer m_refreshTimer;
    bool m_updating = false;
    bool m_announceCheck = false; // a value was toggled: its state is announced once the items are rebuilt
    QSet<int> m_collapsed;
    std::vector<int> m_depth; // per directory row: managers above (for "top of the chart down")
    int m_depthRows = -1;
    // The value just ticked and where it was in the list: it stays there through the refresh that follows.
    struct Anchor
    {
        int group = -1;
        QString key;
        int y = 0;
    };
    Anchor m_anchor;
};
