// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QAbstractItemView;
class QLabel;
class QPushButton;
class UserFilterModel;

// Said over a view of people when the search and filters leave no one: that nobody matches, or that a person named
// in under: / manager: is not in the directory, and how to widen it (a button clears the search and the filters).
class EmptyResultsNotice : public QFrame
{
    Q_OBJECT
public:
    // Lies over `view`'s viewport; `model` decides (its row count, query and facets), whatever model the view shows.
    EmptyResultsNotice(QAbstractItemView* view, const UserFilterModel* model, const QString& objectName);

    // Why nothing is shown, or empty when someone is.
    static QString reason(const UserFilterModel& model);

Q_SIGNALS:
    void clearRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QAbstractItemView* m_view;
    const UserFilterModel* m_model;
    QLabel* m_text;
    QPushButton* m_clear;
};
