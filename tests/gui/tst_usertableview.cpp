// SPDX-License-Identifier: MIT
// UserTableView repaints after rows arrive only when what is on screen changed; everything else repaints as usual.
#include "directory/directory.h"
#include "directory/usercolumns.h"
#include "elidingheaderview.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "testusers.h"
#include "usertableview.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

using TestUsers::make;

namespace {
struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

QList<User> people(const QString& prefix, int from, int count, const QString& lastName)
{
    QList<User> users;
    for (int i = from; i < from + count; ++i)
        users.append(
            make(prefix + QString::number(i), QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), lastName));
    return users;
}
} // namespace

class TestUserTableView : public QObject
{
    Q_OBJECT

    Directory m_directory;
    UserTableModel m_table{&m_directory};
    UserFilterModel m_filter;
    UserTableView m_view;
    PaintCounter m_counter;

    // Delivers what the last change posted; true when the viewport painted.
    bool painted()
    {
        m_counter.paints = 0;
        QApplication::processEvents();
        QApplication::processEvents();
        return m_counter.paints > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_filter.setSourceModel(&m_table);
        m_filter.sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::AscendingOrder);
        m_view.setModel(&m_filter);
        m_view.setAlternatingRowColors(true);
        QPalette palette = m_view.palette(); // shading that differs from the base in every style
        palette.setColor(QPalette::AlternateBase, QColor(0xe0, 0xe8, 0xf0));
        m_view.setPalette(palette);
        m_view.resize(700, 300);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
        m_view.viewport()->installEventFilter(&m_counter);
    }

    void aFewRowsPaintAsTheyArrive()
    {
        m_directory.upsert(people("m", 0, 3, "Miller")); // the table is not full: new rows show at once
        QVERIFY(painted());
        m_directory.upsert(people("m", 3, 3, "Miller"));
        QVERIFY(painted());
        QCOMPARE(m_view.model()->rowCount(), 6);
    }

    void rowsOffScreenDoNotRepaint()
    {
        m_directory.upsert(people("m", 6, 200, "Miller"));
        QVERIFY(painted()); // the screen filled up
        const int skipped = m_view.skippedRepaints();
        const int maximum = m_view.verticalScrollBar()->maximum();
        m_directory.upsert(people("z", 0, 100, "Zimmer")); // sorted after everyone on screen
        QVERIFY(!painted());
        QCOMPARE(m_view.skippedRepaints(), skipped + 1);
        QVERIFY2(m_view.verticalScrollBar()->maximum() > maximum, "the scroll bar did not grow");
    }

    void rowsOnScreenRepaint()
    {
        m_directory.upsert({make("a1", "Aaron", "Aalto")}); // sorts first: everyone on screen moves down
        QVERIFY(painted());
        QCOMPARE(m_view.model()->index(0, 0).data().toString(), QStringLiteral("Aaron Aalto"));
    }

    void alternatingRowsStayShaded()
    {
        // Every other row is shaded, also after a page landed off screen and was not repainted.
        const auto shades = [this] {
            const QImage shot = m_view.viewport()->grab().toImage();
            const int x = m_view.viewport()->width() - 3;
            return std::make_pair(shot.pixelColor(x, m_view.rowViewportPosition(0) + 2),
                                  shot.pixelColor(x, m_view.rowViewportPosition(1) + 2));
        };
        const auto [even, odd] = shades();
        QVERIFY2(even != odd, qPrintable(even.name() + QLatin1Char(' ') + odd.name()));
        m_directory.upsert(people("z", 100, 1, "Zimmer"));
        QVERIFY(!painted());
        QCOMPARE(shades(), std::make_pair(even, odd));
    }

    void everythingElseRepaintsAsUsual()
    {
        m_filter.setQueryText(QStringLiteral("zimmer")); // a new query: a reset
        QVERIFY(painted());
        QCOMPARE(m_view.model()->rowCount(),
                 101); // the Zimmers of rowsOffScreenDoNotRepaint and alternatingRowsStayShaded
        m_filter.setQueryText(QString());
        QVERIFY(painted());
        m_view.verticalScrollBar()->setValue(m_view.verticalScrollBar()->maximum()); // scrolling
        QVERIFY(painted());
        m_view.selectRow(m_view.rowAt(10)); // selection
        QVERIFY(painted());
        m_directory.upsert({make("z5", "P0005", "Zimmermann")}); // a change to someone known: models reset
        QVERIFY(painted());
        m_filter.sort(UserColumns::indexOf(QStringLiteral("fullName")), Qt::DescendingOrder); // another order
        QVERIFY(painted());
    }

    // A title too long for its column ends in "…" and keeps its start; one that fits is whole; the header can still
    // be clicked (sorting).
    void narrowTitlesEndInAnEllipsis()
    {
        auto* header = qobject_cast<ElidingHeaderView*>(m_view.horizontalHeader());
        QVERIFY(header);
        const int language = UserColumns::indexOf(QStringLiteral("primaryLanguage"));
        const QString title = m_table.headerData(language, Qt::Horizontal).toString();
        QCOMPARE(title, QStringLiteral("Primary language"));
        header->resizeSection(language, header->fontMetrics().horizontalAdvance(title) * 2);
        QCOMPARE(header->shownText(language), title);
        header->resizeSection(language, header->fontMetrics().horizontalAdvance(title) / 2);
        const QString shown = header->shownText(language);
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() > 2 && title.startsWith(shown.chopped(1)),
                 qPrintable(shown));
        QVERIFY(header->sectionsClickable());
    }
};

QTEST_MAIN(TestUserTableView)
#include "tst_usertableview.moc"
