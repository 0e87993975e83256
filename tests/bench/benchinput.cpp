// SPDX-License-Identifier: MIT
#include "benchinput.h"

#include "benchdata.h"
#include "benchreport.h"

#include "api/apierror.h"
#include "api/userspageparser.h"
#include "cli/exportcommand.h"
#include "credentials/credentials.h"
#include "directory/directory.h"
#include "mainwindow.h"
#include "searchbar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

namespace {

struct Slowest
{
    double ms = -1;
    double scanMs = 0; // a linear scan of the same input
    QString input;
};

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// The reference: one pass over every character, which no linear algorithm can beat by much.
double scanMs(const QString& text)
{
    qsizetype found = 0;
    const double ms = timeMs([&] { found = text.count(QChar(0x2603)); });
    return found >= 0 ? ms : -1;
}

// A hostile input that was accepted is a failed measurement (the figure would time the wrong path): say which.
bool expectRefused(bool refused, const char* kind, const QString& name)
{
    if (!refused)
        std::fprintf(stderr, "bench: the hostile %s '%s' was accepted\n", kind, qPrintable(name));
    return refused;
}

void keepSlowest(Slowest* slowest, const QString& name, double ms, double scan)
{
    if (ms > slowest->ms)
        *slowest = {ms, scan, name};
}

void add(BenchReport* report, const QString& key, const QString& name, const Slowest& s, const QString& referenceName)
{
    BenchFigure f;
    f.key = key;
    f.name = name;
    f.value = s.ms;
    f.unit = QStringLiteral("ms");
    f.reference = s.scanMs;
    f.referenceText =
        QStringLiteral("%1 %2 ms; slowest: %3").arg(referenceName, BenchReport::number(s.scanMs, 2), s.input);
    f.ratio = s.scanMs > 0 ? s.ms / s.scanMs : std::nan("");
    f.ratioText = QStringLiteral("%1× reference").arg(BenchReport::number(f.ratio, 1));
    f.target = QStringLiteral("< 1 s (an answer at once)");
    f.verdict = s.ms < 1000 ? BenchFigure::Verdict::Pass : BenchFigure::Verdict::Miss;
    report->add(f);
}

} // namespace

namespace BenchInput {

bool run(BenchReport* report, qsizetype bytes, int searchUsers)
{
    const QString size = bytes >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(bytes / (1024 * 1024))
                                              : QStringLiteral("%1 KB").arg(bytes / 1024);
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(random.data()), bytes / qsizetype(sizeof(quint32)));
    bool ok = true;

    // Base URLs typed or pasted into the connection dialog (BaseUrl::normalize + validate).
    {
        const QList<std::pair<QString, QString>> inputs = {
            {QStringLiteral("host"), QStringLiteral("https://") + QString(bytes, QLatin1Char('a'))},
            {QStringLiteral("path"), QStringLiteral("https://us-1.api.gong.io/") + QString(bytes, QLatin1Char('/'))},
            {QStringLiteral("dots"), QString(bytes, QLatin1Char('.'))},
            {QStringLiteral("random"), QString::fromLatin1(random)},
        };
        Slowest slowest;
        for (const auto& [name, text] : inputs) {
            QString why; // accepted or refused, as tst_badinput allows; timed either way
            const double ms = timeMs([&] { BaseUrl::validate(BaseUrl::normalize(text), &why); });
            keepSlowest(&slowest, name, ms, scanMs(text));
        }
        add(report, QStringLiteral("input.baseUrl"),
            QStringLiteral("Hostile base URL, %1: normalize + validate").arg(size), slowest, QStringLiteral("scan"));
    }

    // --query texts (ExportCommand::compileQuery: the query language's parser, as the search box uses it).
    const QList<std::pair<QString, QString>> queries = {
        {QStringLiteral("one word"), QString(bytes, QLatin1Char('a'))},
        {QStringLiteral("words"), QStringLiteral("ab ").repeated(bytes / 3)},
        {QStringLiteral("unknown fields"), QStringLiteral("x:y ").repeated(bytes / 4)},
        {QStringLiteral("unbalanced quote"), QStringLiteral("\"") + QString(bytes, QLatin1Char('q'))},
        {QStringLiteral("quotes"), QString(bytes, QLatin1Char('"')) + QStringLiteral("\"x")},
        {QStringLiteral("field name"), QString(bytes, QLatin1Char('f')) + QStringLiteral(":v")},
    };
    {
        Slowest slowest;
        for (const auto& [name, text] : queries) {
            ExportCommand::RowMatcher matcher;
            QString error;
            bool compiled = true;
            const double ms = timeMs([&] { compiled = ExportCommand::compileQuery(text, &matcher, &error); });
            ok &= expectRefused(!compiled, "query", name);
            keepSlowest(&slowest, name, ms, scanMs(text));
        }
        add(report, QStringLiteral("input.query"), QStringLiteral("Hostile --query, %1: parse to an error").arg(size),
            slowest, QStringLiteral("scan"));
    }

    // Garbage instead of a users page (UsersPageParser::parse), beside QJsonDocument::fromJson on the same bytes.
    {
        const QList<std::pair<QString, QByteArray>> bodies = {
            {QStringLiteral("random"), random},
            {QStringLiteral("["), QByteArray(bytes, '[')},
            {QStringLiteral("{"), QByteArray(bytes, '{')},
            {QStringLiteral("spaces"), QByteArray(bytes, ' ')},
            {QStringLiteral("unterminated string"), "{\"users\":[{\"id\":\"" + QByteArray(bytes, 'x')},
            {QStringLiteral("bad UTF-8"), QByteArray(bytes, '\xff')},
        };
        Slowest slowest;
        for (const auto& [name, body] : bodies) {
            UsersPage page;
            ApiError error;
            bool parsed = true;
            const double ms = timeMs([&] { parsed = UsersPageParser::parse(body, &page, &error); });
            ok &= expectRefused(!parsed, "page", name);
            bool null = false;
            const double fromJson = timeMs([&] { null = QJsonDocument::fromJson(body).isNull(); });
            ok &= expectRefused(null, "page (QJsonDocument)", name);
            keepSlowest(&slowest, name, ms, fromJson);
        }
        add(report, QStringLiteral("input.page"), QStringLiteral("Garbage users page, %1: parse to an error").arg(size),
            slowest, QStringLiteral("QJsonDocument::fromJson"));
    }

    // The same queries in the search box of a window with people loaded: set + parse + filter + repaint.
    {
        MainWindow window;
        window.resize(1400, 900);
        for (const QList<User>& page : BenchData::parsedPages(BenchData::demoUsers(searchUsers), 100))
            window.findChild<Directory*>(QStringLiteral("directory"))->upsert(page);
        window.show();
        auto* search = window.findChild<SearchBar*>(QStringLiteral("searchBar"));
        if (!search)
            return false;
        QApplication::processEvents();
        Slowest slowest;
        for (const auto& [name, text] : queries) {
            const double ms = timeMs([&] {
                search->setText(text);
                QApplication::processEvents();
            });
            keepSlowest(&slowest, name, ms, scanMs(text));
            search->setText(QString());
            QApplication::processEvents();
        }
        add(report, QStringLiteral("input.searchBox"),
            QStringLiteral("Hostile query in the search box, %1, %2 people: set + parse + filter")
                .arg(size, BenchReport::number(searchUsers)),
            slowest, QStringLiteral("scan"));
    }
    return ok;
}

} // namespace BenchInput
