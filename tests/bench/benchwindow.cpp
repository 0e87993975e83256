// SPDX-License-Identifier: MIT
#include "benchwindow.h"

#include "benchdata.h"
#include "benchreport.h"

#include "directory/directory.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "orgchartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTreeView>

namespace {

constexpr double frameMs = 1000.0 / 60;
constexpr double pageIntervalMs = 1000.0 / 3; // Gong's 3 requests/s

// Each page into the directory, then what it posted (layouts, repaints) delivered: the time the page holds the loop.
QList<double> perPage(const QList<QList<User>>& pages, qint64 total, Directory* directory, bool deliverPosted)
{
    QList<double> ms;
    QElapsedTimer timer;
    for (const QList<User>& page : pages) {
        timer.start();
        directory->upsert(page);
        if (&page == &pages.first())
            directory->reserve(total); // as DirectoryLoader does after a load's first page
        if (deliverPosted)
            QApplication::processEvents();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

} // namespace

namespace BenchWindow {

bool runPages(BenchReport* report, int userCount)
{
    const QList<QList<User>> pages = BenchData::parsedPages(BenchData::demoUsers(userCount), 100);
    const QString n = BenchReport::number(userCount);
    QList<double> bare;
    {
        Directory directory;
        UserTableModel table(&directory);
        bare = perPage(pages, userCount, &directory, false);
    }
    const BenchData::Stats bareStats(bare);

    enum class Tab
    {
        People,
        OrgChart,
        Health
    };
    const auto tabName = [](Tab tab) {
        return tab == Tab::OrgChart ? QStringLiteral("Org chart")
               : tab == Tab::Health ? QStringLiteral("Health")
                                    : QStringLiteral("People");
    };
    for (const Tab tab : {Tab::People, Tab::OrgChart, Tab::Health}) {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        auto* org = window.findChild<OrgChartView*>(QStringLiteral("orgChartView"));
        auto* health = window.findChild<QWidget*>(QStringLiteral("healthView"));
        if (!tabs || !org || !health)
            return false;
        if (tab == Tab::OrgChart) {
            tabs->setCurrentWidget(org);
            org->treeView()->expandToDepth(1);
        } else if (tab == Tab::Health) {
            tabs->setCurrentWidget(health); // its checks kept up to date page by page, a few times a second
        }
        QApplication::processEvents();
        auto* directory = window.findChild<Directory*>(QStringLiteral("directory"));
        const BenchData::Stats s(perPage(pages, userCount, directory, true));
        if (directory->count() != userCount)
            return false;

        BenchFigure f;
        f.key = QStringLiteral("window.%1.pages%2")
                    .arg(userCount)
                    .arg(tab == Tab::OrgChart ? QStringLiteral("Org")
                         : tab == Tab::Health ? QStringLiteral("Health")
                                              : QString());
        f.name = QStringLiteral("Main window on the %1 tab, %2 users in pages of 100 arriving: per page, p95 (max)")
                     .arg(tabName(tab), n);
        f.value = s.p95();
        f.unit = QStringLiteral("ms");
        f.reference = bareStats.p95();
        f.referenceText = QStringLiteral("Directory + table model alone p95 %1 ms; ours median %2, max %3 ms")
                              .arg(BenchReport::number(bareStats.p95(), 2), BenchReport::number(s.median(), 2),
                                   BenchReport::number(s.max(), 1));
        f.ratio = s.max() / pageIntervalMs;
        f.ratioText = QStringLiteral("max %1× interval").arg(BenchReport::number(f.ratio, 3));
        f.target = QStringLiteral("max ≪ 333 ms; p95 < 16.7 ms");
        f.verdict =
            s.max() < pageIntervalMs / 4 && s.p95() < frameMs ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
        report->add(f);
    }
    return true;
}

} // namespace BenchWindow
