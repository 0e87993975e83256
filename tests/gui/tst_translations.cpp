// SPDX-License-Identifier: MIT
// The German catalog is complete and reaches the window through the same loader the app uses;
// English stays English.
#include "cli/console.h"
#include "directory/usercolumns.h"
#include "i18n/translations.h"
#include "loadingstatus.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "windowparts.h"

#include <QAction>
#include <QCommandLineOption>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QXmlStreamReader>

using namespace WindowParts;

class TestTranslations : public QObject
{
    Q_OBJECT

    static QStringList menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

    static QString header(const MainWindow& window, const char* key)
    {
        const int column = UserColumns::indexOf(QString::fromLatin1(key));
        return part<UserTableModel>(window, "userTableModel")
            ->headerData(column, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    }

private Q_SLOTS:
    void cleanup() { Translations::remove(); }

    void germanCatalogIsComplete()
    {
        QFile file(QStringLiteral(GONGDIR_TS_DE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 400);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void germanWindow()
    {
        QVERIFY(Translations::install(QLocale(QStringLiteral("de_DE"))));
        MainWindow window;
        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        QCOMPARE(part<QAction>(window, "refreshAction")->text(), QStringLiteral("&Aktualisieren"));
        QCOMPARE(header(window, "emailAddress"), QStringLiteral("E-Mail"));
        QCOMPARE(header(window, "managerName"), QStringLiteral("Führungskraft"));
        QCOMPARE(LoadingStatus::tr("Loaded %1 of %2 users").arg(QStringLiteral("1"), QStringLiteral("2")),
                 QStringLiteral("1 von 2 Benutzern geladen"));
        // Plural forms, and Qt's own strings from qtbase_de when that catalog is installed.
        QCOMPARE(LoadingStatus::tr("Waiting %n s (rate limit)", nullptr, 3),
                 QStringLiteral("Warte 3 s (Anfragelimit)"));
        QCOMPARE(QCoreApplication::translate("CommandLine", "Show this help."),
                 QStringLiteral("Diese Hilfe anzeigen."));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), QStringLiteral("Aufruf: %1"));
    }

    void englishStaysEnglish()
    {
        Translations::install(QLocale(QStringLiteral("en_US")));
        MainWindow window;
        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("&File")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(menus.contains(QStringLiteral("&Help")));
        QCOMPARE(part<QAction>(window, "refreshAction")->text(), QStringLiteral("&Refresh"));
        QCOMPARE(header(window, "emailAddress"), QStringLiteral("Email"));
        QCOMPARE(LoadingStatus::tr("Loaded %1 of %2 users").arg(QStringLiteral("1"), QStringLiteral("2")),
                 QStringLiteral("Loaded 1 of 2 users"));
        // The English catalog supplies the plural forms.
        QCOMPARE(QCoreApplication::translate("ExportActions", "Copied %Ln user(s)", nullptr, 1),
                 QStringLiteral("Copied 1 user"));
        QCOMPARE(QCoreApplication::translate("ExportActions", "Copied %Ln user(s)", nullptr, 2),
                 QStringLiteral("Copied 2 users"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
