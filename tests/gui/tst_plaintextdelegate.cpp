// SPDX-License-Identifier: MIT
// PlainTextDelegate shapes each cell's text once and draws it itself: it must draw what QStyledItemDelegate draws
// (same place, same elision), and each paint must follow the current font and colours.
#include "plaintextdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
// The bounding box of the pixels that differ from the background colour.
QRect inkBox(const QImage& image, QRgb background)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != background)
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

bool hasColour(const QImage& image, QColor near)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - near.red()) < 40 && qAbs(c.green() - near.green()) < 40 &&
                qAbs(c.blue() - near.blue()) < 40)
                return true;
        }
    }
    return false;
}
} // namespace

class TestPlainTextDelegate : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model{1, 1};

    QImage render(QAbstractItemDelegate& delegate, const QString& text, int width, const QFont& font,
                  const QPalette& palette, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
    {
        m_model.setData(m_model.index(0, 0), text);
        m_model.setData(m_model.index(0, 0), int(alignment), Qt::TextAlignmentRole);
        QTableView view; // gives the option its widget and style, as in the app
        view.setModel(&m_model);
        QImage image(width, 24, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = image.rect();
        option.font = font;
        option.fontMetrics = QFontMetrics(font);
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.textElideMode = Qt::ElideRight;
        option.widget = &view;
        delegate.paint(&painter, option, m_model.index(0, 0));
        painter.end();
        return image;
    }

private Q_SLOTS:
    void drawsWhatQtsDelegateDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("alignment");
        QTest::newRow("fits") << "Maria Garcia" << 300 << int(Qt::AlignLeft | Qt::AlignVCenter);
        QTest::newRow("right aligned") << "12,345" << 200 << int(Qt::AlignRight | Qt::AlignVCenter);
        QTest::newRow("elided") << "A title far too long for the narrow column it sits in" << 120
                                << int(Qt::AlignLeft | Qt::AlignVCenter);
        QTest::newRow("mixed scripts") << QStringLiteral("Ωμέγα 李小龍 Ōno") << 300
                                       << int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    void drawsWhatQtsDelegateDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, alignment);
        QFont bigger = QApplication::font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
        const QPalette palette = QApplication::palette();
        PlainTextDelegate ours;
        QStyledItemDelegate qt;
        const QRgb background = palette.color(QPalette::Base).rgba();
        // The same delegate again, then with a larger font (measured and elided anew).
        for (int round = 0; round < 3; ++round) {
            const QFont font = round < 2 ? QApplication::font() : bigger;
            const QRect a = inkBox(render(ours, text, width, font, palette, Qt::Alignment(alignment)), background);
            const QRect b = inkBox(render(qt, text, width, font, palette, Qt::Alignment(alignment)), background);
            QVERIFY2(!a.isEmpty(), "nothing drawn");
            const QString where = QStringLiteral("round %1: ours %2,%3 %4×%5, Qt's %6,%7 %8×%9")
                                      .arg(round)
                                      .arg(a.x())
                                      .arg(a.y())
                                      .arg(a.width())
                                      .arg(a.height())
                                      .arg(b.x())
                                      .arg(b.y())
                                      .arg(b.width())
                                      .arg(b.height());
            QVERIFY2(qAbs(a.left() - b.left()) <= 2 && qAbs(a.right() - b.right()) <= 2 &&
                         qAbs(a.top() - b.top()) <= 2 && qAbs(a.bottom() - b.bottom()) <= 2,
                     qPrintable(where));
            QVERIFY(a.right() < width);
        }
    }

    void repaintFollowsFontAndColours()
    {
        PlainTextDelegate delegate;
        QFont font = QApplication::font();
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Text, Qt::black);
        const QRgb background = palette.color(QPalette::Base).rgba();
        const QString text = QStringLiteral("Same text");
        const QRect small = inkBox(render(delegate, text, 400, font, palette), background);
        font.setPointSizeF(font.pointSizeF() * 1.5);
        const QRect large = inkBox(render(delegate, text, 400, font, palette), background);
        QVERIFY2(large.width() > small.width() * 1.3, "the text kept the old font");
        palette.setColor(QPalette::Text, QColor(200, 0, 0));
        QVERIFY2(hasColour(render(delegate, text, 400, font, palette), QColor(200, 0, 0)),
                 "the text kept the old colour");
        // A narrower column elides the same text anew.
        const QRect narrow =
            inkBox(render(delegate, QStringLiteral("Same text, much longer now"), 60, font, palette), background);
        QVERIFY(narrow.right() < 60);
    }
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
