// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QTableView;
class UserFilterModel;

// Keeps the current person and the selection (by user id) across filter changes, which reset the filter model.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    SelectionKeeper(QTableView* view, UserFilterModel* model);

    static constexpr int maxKept = 5000;

private:
    void remember();
    void restore();

    QTableView* m_view;
    UserFilterModel* m_model;
    QString m_current;
    QStringList m_selected;
};
