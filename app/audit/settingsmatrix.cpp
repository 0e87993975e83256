// SPDX-License-Identifier: MIT
#include "settingsmatrix.h"

#include "directory/directory.h"

#include <algorithm>

namespace {
constexpr int Columns = 1 + UserSettingCount; // counted, then each setting on
} // namespace

SettingsMatrix SettingsMatrix::compute(const Directory& directory, const Options& options)
{
    SettingsMatrix m;
    m.m_options = options;
    const int n = directory.count();
    const std::vector<int>& managerOf = directory.managerRows();

    // Everyone's direct reports as one array, grouped by manager.
    std::vector<int> start(size_t(n) + 1, 0);
    for (int r = 0; r < n; ++r) {
        if (managerOf[size_t(r)] >= 0)
            ++start[size_t(managerOf[size_t(r)]) + 1];
    }
    for (int r = 0; r < n; ++r)
        start[size_t(r) + 1] += start[size_t(r)];
    std::vector<int> reports(size_t(start.back()));
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (int r = 0; r < n; ++r) {
            if (managerOf[size_t(r)] >= 0)
                reports[size_t(next[size_t(managerOf[size_t(r)])]++)] = r;
        }
    }

    // Breadth first from the people without a manager in the directory, then from whoever is left (people on a
    // reporting loop): each person is counted once, under the manager the walk reached them from.
    std::vector<int> order;
    order.reserve(size_t(n));
    m.m_forestParent.assign(size_t(n), -1);
    std::vector<char> seen(size_t(n), 0);
    const auto walkFrom = [&](int root) {
        size_t head = order.size();
        order.push_back(root);
        seen[size_t(root)] = 1;
        while (head < order.size()) {
            const int r = order[head++];
            for (int i = start[size_t(r)]; i < start[size_t(r) + 1]; ++i) {
                const int child = reports[size_t(i)];
                if (!seen[size_t(child)]) {
                    seen[size_t(child)] = 1;
                    m.m_forestParent[size_t(child)] = r;
                    order.push_back(child);
                }
            }
        }
    };
    for (int r = 0; r < n; ++r) {
        if (managerOf[size_t(r)] < 0)
            walkFrom(r);
    }
    for (int r = 0; r < n; ++r) {
        if (!seen[size_t(r)])
            walkFrom(r);
    }

    std::vector<char> counted(size_t(n), 0);
    for (int r = 0; r < n; ++r)
        counted[size_t(r)] = !options.activeOnly || directory.user(r).isActive();

    // Outliers: against each manager's counted direct reports.
    m.m_outlierBits.assign(size_t(n), 0);
    for (int manager = 0; manager < n; ++manager) {
        std::array<int, UserSettingCount> teamOn{};
        int team = 0;
        for (int i = start[size_t(manager)]; i < start[size_t(manager) + 1]; ++i) {
            const int r = reports[size_t(i)];
            if (!counted[size_t(r)])
                continue;
            ++team;
            const User& u = directory.user(r);
            for (int s = 0; s < UserSettingCount; ++s)
                teamOn[size_t(s)] += u.settings[size_t(s)] == TriState::On ? 1 : 0;
        }
        const int peers = team - 1;
        if (peers < options.minimumPeers)
            continue;
        for (int i = start[size_t(manager)]; i < start[size_t(manager) + 1]; ++i) {
            const int r = reports[size_t(i)];
            if (!counted[size_t(r)])
                continue;
            const User& u = directory.user(r);
            for (int s = 0; s < UserSettingCount; ++s) {
                const bool on = u.settings[size_t(s)] == TriState::On;
                const int peersOn = teamOn[size_t(s)] - (on ? 1 : 0);
                const int differing = on ? peers - peersOn : peersOn;
                if (differing >= options.outlierThreshold * peers - 1e-9)
                    m.m_outlierBits[size_t(r)] |= std::uint8_t(1u << s);
            }
        }
    }

    // Each person's subtree totals, children before their manager: counted, on per setting, outliers per setting.
    std::vector<std::array<int, Columns>> sub(static_cast<size_t>(n));
    std::vector<std::array<int, UserSettingCount>> subOutliers(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
        const User& u = directory.user(r);
        const int c = counted[size_t(r)];
        sub[size_t(r)][0] = c;
        for (int s = 0; s < UserSettingCount; ++s) {
            sub[size_t(r)][size_t(1 + s)] = c && u.settings[size_t(s)] == TriState::On ? 1 : 0;
            subOutliers[size_t(r)][size_t(s)] = (m.m_outlierBits[size_t(r)] >> s) & 1;
        }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int parent = m.m_forestParent[size_t(*it)];
        if (parent < 0)
            continue;
        for (int k = 0; k < Columns; ++k)
            sub[size_t(parent)][size_t(k)] += sub[size_t(*it)][size_t(k)];
        for (int s = 0; s < UserSettingCount; ++s)
            subOutliers[size_t(parent)][size_t(s)] += subOutliers[size_t(*it)][size_t(s)];
    }

    // The rows: everyone someone reports to, their organisation being their subtree without themself.
    m.m_indexOfPerson.assign(size_t(n), -1);
    for (int person : order) {
        if (start[size_t(person) + 1] == start[size_t(person)])
            continue;
        Row row;
        row.person = person;
        const std::array<int, Columns>& total = sub[size_t(person)];
        row.people = total[0] - (counted[size_t(person)] ? 1 : 0);
        const User& u = directory.user(person);
        for (int s = 0; s < UserSettingCount; ++s) {
            const bool own = counted[size_t(person)] && u.settings[size_t(s)] == TriState::On;
            row.on[size_t(s)] = total[size_t(1 + s)] - (own ? 1 : 0);
            row.outliers[size_t(s)] =
                subOutliers[size_t(person)][size_t(s)] - int((m.m_outlierBits[size_t(person)] >> s) & 1);
        }
        m.m_indexOfPerson[size_t(person)] = int(m.m_rows.size());
        m.m_rows.append(row);
    }
    // Link parents and children, then lay the rows out in tree order: a manager's direct managers by name.
    const UserSearchIndex& index = directory.searchIndex();
    const auto byName = [&](int a, int b) {
        const std::string_view na = index.field(m.m_rows[a].person, UserSearchIndex::Name);
        const std::string_view nb = index.field(m.m_rows[b].person, UserSearchIndex::Name);
        return na != nb ? na < nb : m.m_rows[a].person < m.m_rows[b].person;
    };
    QList<int> roots;
    for (int i = 0; i < m.m_rows.size(); ++i) {
        const int parent = m.m_forestParent[size_t(m.m_rows[i].person)];
        const int parentIndex = parent >= 0 ? m.m_indexOfPerson[size_t(parent)] : -1;
        if (parentIndex >= 0)
            m.m_rows[parentIndex].children.append(i);
        else
            roots.append(i);
    }
    // The largest organisations first at the top level (the company before stray teams), then by name.
    std::sort(roots.begin(), roots.end(), [&](int a, int b) {
        const int pa = sub[size_t(m.m_rows[a].person)][0];
        const int pb = sub[size_t(m.m_rows[b].person)][0];
        return pa != pb ? pa > pb : byName(a, b);
    });
    QList<Row> laidOut;
    laidOut.reserve(m.m_rows.size());
    std::vector<std::pair<int, int>> stack; // (old index, new parent index)
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.emplace_back(*it, -1);
    while (!stack.empty()) {
        const auto [old, parent] = stack.back();
        stack.pop_back();
        Row row = m.m_rows[old];
        QList<int> children = row.children;
        std::sort(children.begin(), children.end(), byName);
        row.parent = parent;
        row.depth = parent >= 0 ? laidOut[parent].depth + 1 : 0;
        row.children.clear();
        const int at = int(laidOut.size());
        if (parent >= 0)
            laidOut[parent].children.append(at);
        laidOut.append(row);
        for (auto c = children.rbegin(); c != children.rend(); ++c)
            stack.emplace_back(*c, at);
    }
    for (int i = 0; i < laidOut.size(); ++i) {
        m.m_indexOfPerson[size_t(laidOut[i].person)] = i;
        if (laidOut[i].parent < 0)
            m.m_roots.append(i);
    }
    m.m_rows = std::move(laidOut);

    for (int r = 0; r < n; ++r) {
        const std::uint8_t bits = m.m_outlierBits[size_t(r)];
        if (!bits)
            continue;
        const int manager = managerOf[size_t(r)];
        int peers = -1;
        std::array<int, UserSettingCount> teamOn{};
        for (int i = start[size_t(manager)]; i < start[size_t(manager) + 1]; ++i) {
            const int other = reports[size_t(i)];
            if (!counted[size_t(other)])
                continue;
            ++peers;
            for (int s = 0; s < UserSettingCount; ++s)
                teamOn[size_t(s)] += directory.user(other).settings[size_t(s)] == TriState::On ? 1 : 0;
        }
        for (int s = 0; s < UserSettingCount; ++s) {
            if (!((bits >> s) & 1))
                continue;
            const bool on = directory.user(r).settings[size_t(s)] == TriState::On;
            const int peersOn = teamOn[size_t(s)] - (on ? 1 : 0);
            m.m_outliers.append({r, UserSetting(s), on, peers, on ? peers - peersOn : peersOn});
        }
    }
    return m;
}

int SettingsMatrix::indexOfPerson(int directoryRow) const
{
    return directoryRow >= 0 && size_t(directoryRow) < m_indexOfPerson.size() ? m_indexOfPerson[size_t(directoryRow)]
                                                                              : -1;
}

bool SettingsMatrix::isOutlier(int directoryRow, UserSetting setting) const
{
    return directoryRow >= 0 && size_t(directoryRow) < m_outlierBits.size() &&
           ((m_outlierBits[size_t(directoryRow)] >> int(setting)) & 1);
}

QList<SettingsMatrix::Outlier> SettingsMatrix::outliersUnder(int rowIndex, int setting) const
{
    QList<Outlier> out;
    if (rowIndex < 0 || rowIndex >= m_rows.size())
        return out;
    const int manager = m_rows[rowIndex].person;
    for (const Outlier& o : m_outliers) {
        if (setting >= 0 && int(o.setting) != setting)
            continue;
        // Below the manager in the counted tree: walk up (the forest has no loops).
        for (int up = m_forestParent[size_t(o.person)]; up >= 0; up = m_forestParent[size_t(up)]) {
            if (up == manager) {
                out.append(o);
                break;
            }
        }
    }
    return out;
}

QStringList SettingsMatrix::tableHeader()
{
    QStringList header{QStringLiteral("manager"), QStringLiteral("managerId"), QStringLiteral("managerEmail"),
                       QStringLiteral("level"), QStringLiteral("people")};
    for (int s = 0; s < UserSettingCount; ++s) {
        const QString key = userSettingKey(UserSetting(s));
        header << key + QStringLiteral(".on") << key + QStringLiteral(".percent") << key + QStringLiteral(".outliers");
    }
    return header;
}

QList<QStringList> SettingsMatrix::tableRows(const Directory& directory) const
{
    QList<QStringList> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows) {
        const User& u = directory.user(row.person);
        QStringList line{u.fullName(), u.id, u.emailAddress, QString::number(row.depth), QString::number(row.people)};
        for (int s = 0; s < UserSettingCount; ++s) {
            line << QString::number(row.on[size_t(s)])
                 << (row.people > 0 ? QString::number(100.0 * row.share(s), 'f', 1) : QString())
                 << QString::number(row.outliers[size_t(s)]);
        }
        out.append(line);
    }
    return out;
}
