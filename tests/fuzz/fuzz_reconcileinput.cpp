// SPDX-License-Identifier: MIT
// A list to reconcile, as the window and `gong-directory reconcile` read it: arbitrary bytes decoded (UTF-8, UTF-16
// with a BOM, else Latin-1), split into lines and parsed as CSV (delimiter and header detected), each value then
// matched against a small fixed Directory. Invariants: never crashes; lines are non-blank and hold no line break;
// every record has a non-blank cell; the guessed column exists; a column lists only non-blank cells; every match
// keeps its input and has a status that fits the people it found.
#include "audit/reconcileinput.h"
#include "audit/reconciler.h"
#include "directory/directory.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
const Directory& fixedDirectory()
{
    static Directory* directory = [] {
        auto* d = new Directory;
        const auto person = [](const char* id, const char* first, const char* last, const char* email,
                               QJsonArray aliases = {}) {
            return User::fromJson(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(id)},
                                              {QStringLiteral("firstName"), QString::fromUtf8(first)},
                                              {QStringLiteral("lastName"), QString::fromUtf8(last)},
                                              {QStringLiteral("emailAddress"), QString::fromUtf8(email)},
                                              {QStringLiteral("emailAliases"), aliases},
                                              {QStringLiteral("active"), true}});
        };
        d->upsert({person("1", "Ana", "Ortiz", "ana@example.com", {QStringLiteral("sales@example.com")}),
                   person("2", "Ana", "Ortiz", "ana.o@example.com", {QStringLiteral("SALES@example.com")}),
                   person("3", "José", "Álvarez", "josé@example.com"), person("4", "", "", ""),
                   person("5", "山田", "花子", "9"), person("9", "Nine", "  Spaces  ", " nine@example.com ")});
        return d;
    }();
    return *directory;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = ReconcileInput::decode(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    const QStringList lines = ReconcileInput::lines(text);
    for (const QString& line : lines) {
        FUZZ_CHECK(!line.trimmed().isEmpty());
        FUZZ_CHECK(!line.contains(QLatin1Char('\n')) && !line.contains(QLatin1Char('\r')));
    }
    const ReconcileInput::Table table = ReconcileInput::parseCsv(text);
    for (const QStringList& record : table.rows)
        FUZZ_CHECK(std::any_of(record.begin(), record.end(), [](const QString& c) { return !c.trimmed().isEmpty(); }));
    FUZZ_CHECK(!table.headerDetected || table.rows.size() >= 2);
    const int guessed = ReconcileInput::guessColumn(table);
    FUZZ_CHECK(guessed >= 0 && (guessed < table.columnCount() || table.columnCount() == 0));
    const QStringList values = ReconcileInput::column(table, guessed, table.headerDetected);
    for (const QString& v : values)
        FUZZ_CHECK(!v.trimmed().isEmpty());
    if (!table.rows.isEmpty() && !table.header().isEmpty())
        FUZZ_CHECK(ReconcileInput::columnNamed(table, table.header().first()) >= 0);

    const Reconciler reconciler(fixedDirectory());
    for (const QStringList& list : {lines, values}) {
        for (const QString& v : list.mid(0, 64)) {
            const Reconciler::Result r = reconciler.match(v);
            FUZZ_CHECK(r.input == v);
            switch (r.status) {
            case Reconciler::Status::NotFound:
                FUZZ_CHECK(r.rows.isEmpty() && r.matchedBy == Reconciler::MatchedBy::None);
                break;
            case Reconciler::Status::Ambiguous:
                FUZZ_CHECK(r.rows.size() > 1 && r.matchedBy != Reconciler::MatchedBy::None);
                break;
            default:
                FUZZ_CHECK(r.rows.size() == 1 && r.matchedBy != Reconciler::MatchedBy::None);
            }
            FUZZ_CHECK(Reconciler::tableRow(fixedDirectory(), r).size() == Reconciler::tableHeader().size());
        }
    }
    return 0;
}
