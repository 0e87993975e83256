// SPDX-License-Identifier: MIT
#pragma once

#include "addressindex.h"
#include "healthcheck.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <cstdint>
#include <vector>

class Directory;

// Which health checks each person of a Directory fails, kept up to date incrementally: a page of new people costs
// work in proportion to the page and the people it touches (their managers, reports and namesakes of their
// addresses), not to the directory. One instance per Directory, shared by the Health view, `health:` queries and the
// headless commands (of()); it lives as long as the directory and costs nothing until someone asks.
class DirectoryHealth : public QObject
{
    Q_OBJECT
public:
    // The directory's own instance, made on first use (a child of the directory, in its thread).
    static DirectoryHealth& of(const Directory& directory);

    const Directory& directory() const { return *m_directory; }

    // Brings the flags up to date with the directory; cheap when nothing changed. Everything below answers for the
    // state of the last sync.
    void sync();
    int rowCount() const { return m_rows; }
    std::uint32_t flags(int row) const { return m_flags[size_t(row)]; }
    bool fails(int row, int check) const { return (m_flags[size_t(row)] & HealthCheck::bit(check)) != 0; }
    int count(int check) const { return m_counts[size_t(check)]; }
    // People failing the check, in directory order.
    QList<int> rows(int check) const;
    // What is wrong for this person in particular (the check's detail: the missing manager's id, the shared address,
    // the loop); empty when the check has none to give or the person does not fail it.
    QString detail(int check, int row) const
    {
        const bool listed = check >= 0 && check < HealthCheck::Count && row >= 0 && row < m_rows && fails(row, check);
        return listed ? HealthCheck::at(check).detail(factsOf(row)) : QString();
    }
    // The top of the organisation: the only person without a manager, or, of several, the one with the most people
    // below them (ties: the smallest id) if anyone is below them; -1 otherwise. Not flagged "no manager".
    int topRow() const { return m_top; }
    bool onCycle(int row) const { return m_onCycle[size_t(row)] != 0; }
    // Addresses of the person (primary, aliases, trusted; trimmed, lower-case) that someone else also uses, and who.
    QStringList sharedAddresses(int row) const;
    QList<int> rowsSharing(int row) const;
    // Walking up from a person on a cycle: the people of the loop, starting from them.
    QList<int> cycleOf(int row) const;
    // The health summary as a table for CSV: check (its key), title, count, ids (of the people, "; " between).
    static QStringList summaryHeader();
    QList<QStringList> summaryRows() const;
    // Full recomputations so far (a refresh that removed people, a reset, an edit seen late); for tests and the
    // benchmark.
    int fullRecomputations() const { return m_fullRuns; }
    // People the last sync evaluated: a page's upkeep is in proportion to this, not to the directory.
    int lastEvaluated() const { return m_lastEvaluated; }

Q_SIGNALS:
    // A sync changed a flag or a count.
    void updated();

private:
    explicit DirectoryHealth(Directory* directory);
    void onUsersChanged(const QList<int>& rows);
    void recomputeAll();
    void process(int firstNew, const QList<int>& changed);
    void prepareAddresses(int row); // m_addresses for the person as they are now (reads only the person)
    void indexAddresses(int row);   // adds m_addresses[row] to m_addressRows
    void unindexAddresses(int row);
    void markDirty(int row);
    void findCyclesFrom(const std::vector<int>& starts);
    void findAllCycles();
    void setCycle(int row, bool on);
    void updateTop();
    HealthRowFacts factsOf(int row) const;
    std::uint32_t evaluate(int row) const;
    std::vector<std::uint32_t> evaluateDirty() const; // evaluate() for each of m_dirty, in its order
    int next(int row) const; // the manager's row for the cycle walk (a person naming themself: themself)

    const Directory* m_directory = nullptr;
    int m_rows = 0; // rows processed
    quint64 m_seenEdits = 0;
    QList<int> m_pendingChanged; // changed rows reported by the directory, not yet processed
    quint64 m_pendingEdits = 0;  // the directory's editCount() when they were reported

    std::vector<std::uint32_t> m_flags;
    std::array<int, HealthCheck::Count> m_counts{};
    using Addresses = QVarLengthArray<AddressIndex::Key, 2>; // most people have one address (trusted = primary)
    std::vector<Addresses> m_addresses;                      // per row: what indexAddresses() put in m_addressRows
    AddressIndex m_addressRows;                              // address → rows using it (each row once)
    std::vector<int> m_sharedCount;                          // per row: its addresses someone else uses too
    std::vector<char> m_onCycle;
    std::vector<int> m_seenManager;      // per row: next() when last evaluated
    std::vector<char> m_isRoot;          // per row: no manager id
    std::vector<int> m_roots;            // rows without a manager id, ascending
    std::vector<int> m_rootsWithReports; // those of them someone reports to, ascending
    int m_top = -1;

    std::vector<int> m_dirty; // rows to evaluate in this sync
    std::vector<char> m_isDirty;
    std::vector<std::uint32_t> m_walk; // cycle search: which walk last visited a row
    std::uint32_t m_walkId = 0;
    int m_fullRuns = 0;
    int m_lastEvaluated = 0;
};
