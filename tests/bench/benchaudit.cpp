// SPDX-License-Identifier: MIT
#include "benchaudit.h"

#include "benchdata.h"
#include "benchreport.h"

#include "audit/directoryhealth.h"
#include "audit/reconciler.h"
#include "audit/settingsmatrix.h"
#include "directory/directory.h"
#include "directory/textfold.h"
#include "models/settingsmatrixmodel.h"
#include "reconciledialog.h"
#include "settingsbyteamview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPlainTextEdit>
#include <QSet>
#include <QTreeView>

#include <random>

using BenchData::figure;
using BenchData::ms;
using BenchData::Stats;

namespace {
constexpr double frameMs = 1000.0 / 60;

double elapsedMs(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The median of `runs` timings of `work`.
template <typename Work> double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(elapsedMs(timer));
    }
    return BenchData::median(times);
}

// A figure judged against an absolute target in milliseconds, shown beside its reference.
BenchFigure withinMs(BenchFigure f, double targetMs, double reference, const QString& referenceText,
                     const QString& ratioText)
{
    f.reference = reference;
    f.referenceText = referenceText;
    f.ratio = f.value / reference;
    f.ratioText = ratioText.arg(BenchReport::number(f.ratio, 2));
    f.target = QStringLiteral("≤ %1 ms").arg(targetMs);
    f.verdict = f.value <= targetMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    return f;
}

void fill(Directory& directory, const QList<QList<User>>& pages, int userCount)
{
    for (const QList<User>& page : pages) {
        directory.upsert(page);
        if (&page == &pages.first())
            directory.reserve(userCount);
    }
}

// 10,000 values as a CRM export would have them: addresses in another case, some aliases, ids and names, and some
// people who are not in Gong.
QStringList reconcileValues(const Directory& directory, int count)
{
    std::mt19937 random(19);
    QStringList values;
    values.reserve(count);
    for (int i = 0; i < count; ++i) {
        const User& u = directory.user(int(random() % unsigned(directory.count())));
        switch (i % 10) {
        case 0:
            values.append(QStringLiteral("nobody%1@elsewhere.example").arg(i));
            break;
        case 1:
            values.append(u.id);
            break;
        case 2:
            values.append(u.fullName().toUpper());
            break;
        case 3:
            values.append(u.emailAliases.isEmpty() ? u.emailAddress : u.emailAliases.first());
            break;
        default:
            values.append(i % 2 ? u.emailAddress.toUpper() : QStringLiteral(" mailto:") + u.emailAddress);
        }
    }
    return values;
}
} // namespace

namespace BenchAudit {

bool run(BenchReport* report, int userCount, int reconcileCount)
{
    const QList<QList<User>> pages = BenchData::parsedPages(BenchData::demoUsers(userCount), 100);
    const QString n = BenchReport::number(userCount);
    Directory directory;
    fill(directory, pages, userCount);
    if (directory.count() != userCount)
        return false;

    // All checks from scratch: a DirectoryHealth made on the full directory, its first sync.
    int findings = 0;
    const double allChecks = medianMs(3, [&] {
        delete &DirectoryHealth::of(directory); // start over: the next of() makes a new one
        DirectoryHealth& health = DirectoryHealth::of(directory);
        health.sync();
        findings = 0;
        for (int c = 0; c < HealthCheck::Count; ++c)
            findings += health.count(c);
    });
    // Reference: the least the duplicate-address check alone must do, every address lower-cased into a set.
    const double addressSet = medianMs(3, [&] {
        QSet<QString> seen;
        seen.reserve(directory.count() * 2);
        for (const User& u : directory.users()) {
            seen.insert(u.emailAddress.toLower());
            for (const QString& alias : u.emailAliases)
                seen.insert(alias.toLower());
            seen.insert(u.trustedEmailAddress.toLower());
        }
    });
    report->add(withinMs(
        figure(QStringLiteral("audit.%1.health").arg(userCount),
               QStringLiteral("Health: all %1 checks over %2 users, from scratch").arg(int(HealthCheck::Count)).arg(n),
               allChecks, QStringLiteral("ms")),
        200, addressSet,
        QStringLiteral("every address lower-cased into a QSet %1 ms; %2 findings")
            .arg(ms(addressSet), BenchReport::number(findings)),
        QStringLiteral("%1× the set")));

    // Upkeep as pages arrive: the sync after each page of a fresh load, beside the page's own upsert.
    {
        Directory loading;
        DirectoryHealth& health = DirectoryHealth::of(loading);
        QList<double> upserts;
        QList<double> syncs;
        QElapsedTimer timer;
        for (const QList<User>& page : pages) {
            timer.start();
            loading.upsert(page);
            if (&page == &pages.first())
                loading.reserve(userCount);
            upserts.append(elapsedMs(timer));
            timer.start();
            health.sync();
            syncs.append(elapsedMs(timer));
        }
        const Stats s(syncs);
        const Stats u(upserts);
        BenchFigure page = figure(QStringLiteral("audit.%1.pageUpkeep").arg(userCount),
                                  QStringLiteral("Health upkeep per page of 100 (%1 users arriving): p95 (max)").arg(n),
                                  s.p95(), QStringLiteral("ms"));
        page.reference = u.p95();
        page.referenceText = QStringLiteral("the page's Directory::upsert p95 %1 ms; ours max %2, median %3 ms; "
                                            "%4 full recomputations")
                                 .arg(ms(u.p95()), ms(s.max()), ms(s.median()))
                                 .arg(health.fullRecomputations());
        page.ratio = s.max() / frameMs;
        page.ratioText = QStringLiteral("max %1 frame").arg(BenchReport::number(page.ratio, 2));
        page.target = QStringLiteral("max < 16.7 ms (1 frame)");
        page.verdict = s.max() < frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(page);
    }

    // The settings matrix, beside the org's report totals (Directory::totalReports: one pass over the same tree).
    int managers = 0;
    const double matrix = medianMs(3, [&] { managers = int(SettingsMatrix::compute(directory).rows().size()); });
    QList<double> totalsTimes;
    for (int i = 0; i < 3; ++i) {
        Directory copy; // totals are computed once per change: a fresh copy computes them again
        copy.upsert(directory.users());
        QElapsedTimer timer;
        timer.start();
        volatile int t = copy.totalReports(0);
        Q_UNUSED(t);
        totalsTimes.append(elapsedMs(timer));
    }
    const double totalsOnly = BenchData::median(totalsTimes);
    report->add(withinMs(figure(QStringLiteral("audit.%1.matrix").arg(userCount),
                                QStringLiteral("Settings by team: the matrix over %1 users").arg(n), matrix,
                                QStringLiteral("ms")),
                         100, totalsOnly,
                         QStringLiteral("Directory report totals %1 ms; %2 managers, outliers included")
                             .arg(ms(totalsOnly), BenchReport::number(managers)),
                         QStringLiteral("%1× totals")));

    // The Settings by team tab's part of a recomputation on the GUI thread: the matrix, the model's reset and the
    // view putting back its expanded rows and current cell (the top of the organisation open), beside the matrix.
    {
        SettingsByTeamView view(&directory);
        QTreeView* tree = view.treeView();
        tree->expand(view.model()->index(0, 0));
        tree->expand(view.model()->index(0, 0, view.model()->index(0, 0)));
        const double tab = medianMs(3, [&] { view.model()->recompute(); });
        report->add(withinMs(
            figure(QStringLiteral("audit.%1.matrixTab").arg(userCount),
                   QStringLiteral("Settings by team tab: recomputed over %1 users (matrix, model reset, "
                                  "view state)")
                       .arg(n),
                   tab, QStringLiteral("ms")),
            100, matrix, QStringLiteral("the matrix alone %1 ms").arg(ms(matrix)), QStringLiteral("%1× matrix")));
    }

    // Reconcile: index and match, beside a plain hash of lower-cased primary addresses and lookups.
    const QStringList values = reconcileValues(directory, reconcileCount);
    Reconciler::Counts counts;
    const double reconcile = medianMs(3, [&] {
        const Reconciler reconciler(directory);
        counts = Reconciler::count(reconciler.matchAll(values));
    });
    const double plain = medianMs(3, [&] {
        QHash<QString, int> byAddress;
        byAddress.reserve(directory.count());
        for (int row = 0; row < directory.count(); ++row)
            byAddress.insert(directory.user(row).emailAddress.toLower(), row);
        int found = 0;
        for (const QString& v : values)
            found += byAddress.contains(v.trimmed().toLower()) ? 1 : 0;
        volatile int f = found;
        Q_UNUSED(f);
    });
    using Status = Reconciler::Status;
    report->add(withinMs(figure(QStringLiteral("audit.%1.reconcile%2").arg(userCount).arg(reconcileCount),
                                QStringLiteral("Reconcile %1 values against %2 users (index + match)")
                                    .arg(BenchReport::number(reconcileCount), n),
                                reconcile, QStringLiteral("ms")),
                         100, plain,
                         QStringLiteral("QHash of lower-cased primary addresses + lookups %1 ms; %2 active, %3 "
                                        "inactive, %4 not found, %5 ambiguous")
                             .arg(ms(plain), BenchReport::number(counts.of(Status::Active)),
                                  BenchReport::number(counts.of(Status::Inactive)),
                                  BenchReport::number(counts.of(Status::NotFound)),
                                  BenchReport::number(counts.of(Status::Ambiguous))),
                         QStringLiteral("%1× the hash")));
    if (counts.total() != reconcileCount)
        return false;

    // The same list in Edit → Find a List, on the GUI thread: the pasted text parsed, matched, the result table
    // filled and painted; beside the matching alone.
    const QString pasted = values.join(QLatin1Char('\n'));
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        ReconcileDialog dialog(&directory, nullptr); // a first Find: the result table is filled anew
        dialog.show();
        // The paste itself is the editor's; the timer starts at Find.
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reconcileText"))->setPlainText(pasted);
        QElapsedTimer timer;
        timer.start();
        dialog.find();
        dialog.repaint();
        times.append(elapsedMs(timer));
    }
    const double window = BenchData::median(times);
    report->add(withinMs(figure(QStringLiteral("audit.%1.reconcile%2.window").arg(userCount).arg(reconcileCount),
                                QStringLiteral("Find a List: %1 pasted values against %2 users in the window "
                                               "(parse + match + result table, painted)")
                                    .arg(BenchReport::number(reconcileCount), n),
                                window, QStringLiteral("ms")),
                         100, reconcile, QStringLiteral("Reconcile alone %1 ms").arg(ms(reconcile)),
                         QStringLiteral("%1× reconcile")));
    return true;
}

} // namespace BenchAudit
