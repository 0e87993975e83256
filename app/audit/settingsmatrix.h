// SPDX-License-Identifier: MIT
#pragma once

#include "directory/user.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

class Directory;

// Recording and import settings by team: for every manager, how many people of their whole organisation (everyone
// below them, at any depth — what `under:` finds) have each of the seven settings on, and the outliers: people whose
// setting differs from most of their direct-team peers. Computed in one pass over arrays (no per-person lookups by
// id), so 100,000 people take milliseconds.
class SettingsMatrix
{
public:
    struct Options
    {
        bool activeOnly = true;        // count active people only (the manager rows are there either way)
        double outlierThreshold = 0.8; // share of the peers whose setting differs
        int minimumPeers = 3;          // a smaller team has no outliers: two peers prove little
        bool operator==(const Options& o) const
        {
            return activeOnly == o.activeOnly && outlierThreshold == o.outlierThreshold &&
                   minimumPeers == o.minimumPeers;
        }
    };

    // One manager and their organisation.
    struct Row
    {
        int person = -1; // the manager's directory row
        int parent = -1; // index in rows() of the manager's manager; -1 at the top of a tree
        int depth = 0;
        int people = 0;                               // people below them that count (see Options::activeOnly)
        std::array<int, UserSettingCount> on{};       // of those, with the setting on
        std::array<int, UserSettingCount> outliers{}; // of those, outliers for the setting
        QList<int> children;                          // indexes in rows(), by name

        double share(int setting) const { return people > 0 ? double(on[size_t(setting)]) / people : 0.0; }
    };

    // A person whose setting is not what at least `outlierThreshold` of their direct-team peers have.
    struct Outlier
    {
        int person = -1;
        UserSetting setting = UserSetting::WebConferencesRecorded;
        bool on = false;        // their own state ("on" or not)
        int peers = 0;          // the other counted people with the same manager
        int peersDiffering = 0; // of whom this many have the other state
    };

    SettingsMatrix() = default;
    static SettingsMatrix compute(const Directory& directory, const Options& options);
    static SettingsMatrix compute(const Directory& directory) { return compute(directory, Options()); }

    const Options& options() const { return m_options; }
    // Tree order: a manager, then their managers' organisations one by one (children by name).
    const QList<Row>& rows() const { return m_rows; }
    QList<int> roots() const { return m_roots; }
    int indexOfPerson(int directoryRow) const; // -1 when that person manages no one
    // In directory order, then setting order.
    const QList<Outlier>& outliers() const { return m_outliers; }
    // The outliers in a manager's organisation (rows() index), for one setting or all (-1).
    QList<Outlier> outliersUnder(int rowIndex, int setting = -1) const;
    bool isOutlier(int directoryRow, UserSetting setting) const;

    // The matrix as a table for CSV (header keys, then one line per manager in tree order): manager, managerId,
    // managerEmail, level, people, and per setting <key>.on, <key>.percent (one decimal, empty for no people),
    // <key>.outliers.
    static QStringList tableHeader();
    QList<QStringList> tableRows(const Directory& directory) const;

private:
    Options m_options;
    QList<Row> m_rows;
    QList<int> m_roots;
    QList<Outlier> m_outliers;
    std::vector<int> m_indexOfPerson;        // directory row → rows() index, -1
    std::vector<int> m_forestParent;         // directory row → the manager row it is counted under
    std::vector<std::uint8_t> m_outlierBits; // directory row → bit per setting
};
