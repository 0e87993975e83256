// SPDX-License-Identifier: MIT
// The parser that reads a query's text into terms.
#include "userquery.h"
#include "userquerywords.h"

#include "audit/healthcheck.h"
#include "directory/duration.h"
#include "directory/textfold.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <limits>

using namespace UserQueryWords;

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserQuery)
};

qint64 utcMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

// Walks the text once, left to right; every loop advances, so any input (10 MB, stray quotes) ends in linear time.
class UserQueryParser
{
public:
    explicit UserQueryParser(UserQuery& q)
        : m_q(q)
        , m_text(q.m_text)
        , m_size(q.m_text.size())
    {}

    void run()
    {
        qsizetype i = 0;
        while (i < m_size) {
            if (isSpace(m_text[i])) {
                ++i;
                continue;
            }
            // Malformed terms count too, so a flood of them cannot keep the parser busy building messages.
            if (m_q.m_terms.size() >= UserQuery::maxTerms || ++m_tokens > 2 * UserQuery::maxTerms) {
                error(i, m_size - i, Tr::tr("Too many terms: only the first %1 are used").arg(UserQuery::maxTerms));
                return;
            }
            i = parseTerm(i);
        }
    }

private:
    void error(qsizetype pos, qsizetype len, const QString& message)
    {
        if (m_q.m_errors.size() < UserQuery::maxErrors)
            m_q.m_errors.append({pos, len, message});
    }

    // A quoted string starting at `pos` (on the quote); returns the end position, the content in *out.
    qsizetype readQuoted(qsizetype pos, QString* out)
    {
        const qsizetype close = m_text.indexOf(QLatin1Char('"'), pos + 1);
        if (close < 0) {
            error(pos, m_size - pos, Tr::tr("Missing closing quote"));
            *out = m_text.mid(pos + 1);
            return m_size;
        }
        *out = m_text.mid(pos + 1, close - pos - 1);
        return close + 1;
    }

    qsizetype wordEnd(qsizetype pos, bool stopAtComma) const
    {
        while (pos < m_size && !isSpace(m_text[pos]) && !(stopAtComma && m_text[pos] == QLatin1Char(',')))
            ++pos;
        return pos;
    }

    qsizetype parseTerm(qsizetype start)
    {
        UserQueryTerm term;
        term.position = start;
        qsizetype i = start;
        if (m_text[i] == QLatin1Char('-') && i + 1 < m_size && !isSpace(m_text[i + 1])) {
            term.negated = true;
            ++i;
        }
        if (m_text[i] == QLatin1Char('"')) {
            QString phrase;
            i = readQuoted(i, &phrase);
            addText(term, phrase, start, i);
            return i;
        }
        // field:value — a field name is letters only, directly followed by a colon.
        qsizetype j = i;
        while (j < m_size && j - i < 16 && m_text[j].isLetter() && m_text[j].unicode() < 0x80)
            ++j;
        if (j > i && j < m_size && m_text[j] == QLatin1Char(':'))
            return parseField(term, i, j);
        const qsizetype end = wordEnd(i, false);
        addText(term, m_text.mid(i, end - i), start, end);
        return end;
    }

    void addText(UserQueryTerm& term, const QString& value, qsizetype start, qsizetype end)
    {
        term.length = end - start;
        if (value.trimmed().isEmpty())
            return; // `""` or a lone quote: nothing to look for
        if (!checkLength(value, start, end))
            return;
        term.field = Field::Any;
        term.values = {value};
        term.folded = {TextFold::foldUtf8(value)};
        m_q.m_terms.append(term);
    }

    bool checkLength(const QString& value, qsizetype start, qsizetype end)
    {
        if (value.size() <= UserQuery::maxTermLength)
            return true;
        error(start, end - start, Tr::tr("Term longer than %1 characters is ignored").arg(UserQuery::maxTermLength));
        return false;
    }

    // Values after the colon: `a`, `"a b"`, or a comma-separated list of those (any of them).
    qsizetype readValues(qsizetype i, QStringList* values)
    {
        while (i < m_size && !isSpace(m_text[i])) {
            QString value;
            if (m_text[i] == QLatin1Char('"')) {
                i = readQuoted(i, &value);
            } else {
                const qsizetype end = wordEnd(i, true);
                value = m_text.mid(i, end - i);
                i = end;
            }
            if (!value.isEmpty())
                values->append(value);
            if (i < m_size && m_text[i] == QLatin1Char(','))
                ++i;
            else
                break;
        }
        // Anything glued on after a closing quote (`"a"b`) belongs to this term; skip it so it is not a new one.
        const qsizetype end = wordEnd(i, false);
        if (end > i) {
            error(i, end - i, Tr::tr("Unexpected text after the value"));
            i = end;
        }
        return i;
    }

    qsizetype parseField(UserQueryTerm& term, qsizetype nameStart, qsizetype colon)
    {
        const QString name = m_text.mid(nameStart, colon - nameStart).toLower();
        qsizetype i = colon + 1;
        const FieldName* found = nullptr;
        for (const FieldName& f : fieldTable) {
            if (name == QLatin1String(f.name))
                found = &f;
        }
        QString op;
        if (found && (found->field == Field::Created || found->field == Field::Joined)) {
            while (i < m_size && op.size() < 2 &&
                   (m_text[i] == QLatin1Char('<') || m_text[i] == QLatin1Char('>') || m_text[i] == QLatin1Char('=')))
                op.append(m_text[i++]);
        } else if (i < m_size && m_text[i] == QLatin1Char('=')) {
            op = QStringLiteral("=");
            ++i;
        }
        QStringList values;
        const qsizetype end = readValues(i, &values);
        term.position = term.negated ? nameStart - 1 : nameStart;
        term.length = end - term.position;
        if (!found) {
            error(nameStart, colon - nameStart + 1,
                  Tr::tr("Unknown field \"%1:\" (known: %2)")
                      .arg(name, UserQuery::fieldNames().join(QStringLiteral(", "))));
            return end;
        }
        if (values.isEmpty()) {
            error(term.position, term.length, Tr::tr("Missing value after \"%1:\"").arg(name));
            return end;
        }
        for (const QString& v : std::as_const(values)) {
            if (!checkLength(v, term.position, end))
                return end;
        }
        term.field = found->field;
        term.values = values;
        term.exact = op == QLatin1String("=");
        bool ok = true;
        switch (term.field) {
        case Field::Is:
        case Field::Has:
            ok = parseFlags(term, name);
            break;
        case Field::Setting:
            ok = parseSetting(term);
            break;
        case Field::Health:
            ok = parseHealth(term);
            break;
        case Field::Created:
        case Field::Joined:
            ok = parseCreated(term, op, name);
            break;
        case Field::Changed:
            ok = parseChanged(term);
            break;
        case Field::Language:
            if (values.first().startsWith(QLatin1String("primary="), Qt::CaseInsensitive)) {
                term.primaryLanguage = true;
                term.values.first() = values.first().mid(8);
                if (term.values.first().isEmpty()) {
                    term.values.removeFirst();
                    if (term.values.isEmpty()) {
                        error(term.position, term.length, Tr::tr("Missing language after \"lang:primary=\""));
                        ok = false;
                    }
                }
            }
            break;
        default:
            break;
        }
        if (!ok)
            return end;
        for (const QString& v : std::as_const(term.values))
            term.folded.push_back(TextFold::foldUtf8(v));
        m_q.m_terms.append(term);
        return end;
    }

    bool parseFlags(UserQueryTerm& term, const QString& name)
    {
        for (const QString& v : std::as_const(term.values)) {
            bool known = false;
            for (const FlagName& f : flagTable) {
                if (f.field == term.field && v.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
                    term.flags.append(f.flag);
                    known = true;
                }
            }
            if (!known) {
                error(term.position, term.length,
                      Tr::tr("Unknown value \"%1\" for \"%2:\" (known: %3)")
                          .arg(v, name, UserQuery::flagNames(term.field).join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    bool parseSetting(UserQueryTerm& term)
    {
        // setting:name  or  setting:name=on|off|unknown[,…]  (the list after '=' was split on commas already)
        QString first = term.values.first();
        QStringList states;
        const qsizetype eq = first.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            states.append(first.mid(eq + 1));
            first.truncate(eq);
            states.append(term.values.mid(1));
        } else if (term.values.size() > 1) {
            error(term.position, term.length, Tr::tr("Use one setting per term: setting:name=on,off"));
            return false;
        }
        UserSetting setting;
        if (!userSettingFromKey(first, &setting)) {
            QStringList names;
            for (int s = 0; s < UserSettingCount; ++s)
                names.append(userSettingKey(UserSetting(s)));
            error(term.position, term.length,
                  Tr::tr("Unknown setting \"%1\" (known: %2)").arg(first, names.join(QStringLiteral(", "))));
            return false;
        }
        term.setting = setting;
        if (states.isEmpty())
            states.append(QStringLiteral("on"));
        for (const QString& s : std::as_const(states)) {
            const QString l = s.toLower();
            if (l == QLatin1String("on") || l == QLatin1String("true"))
                term.settingStates.append(TriState::On);
            else if (l == QLatin1String("off") || l == QLatin1String("false"))
                term.settingStates.append(TriState::Off);
            else if (l == QLatin1String("unknown"))
                term.settingStates.append(TriState::Unknown);
            else {
                error(term.position, term.length,
                      Tr::tr("Unknown state \"%1\" for setting %2 (use on, off or unknown)").arg(s, first));
                return false;
            }
        }
        term.values = {userSettingKey(setting)};
        return true;
    }

    // health:key[,key…]: the data-health checks of the audit layer (HealthCheck), or `any` for all of them.
    bool parseHealth(UserQueryTerm& term)
    {
        for (const QString& v : std::as_const(term.values)) {
            if (v.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
                term.healthChecks |= HealthCheck::allBits();
                continue;
            }
            const HealthCheck* check = HealthCheck::find(v);
            if (!check) {
                error(term.position, term.length,
                      Tr::tr("Unknown check \"%1\" for \"health:\" (known: %2)")
                          .arg(v, UserQuery::healthNames().join(QStringLiteral(", "))));
                return false;
            }
            term.healthChecks |= HealthCheck::bit(check->id);
        }
        term.exact = false;
        return true;
    }

    // changed:FIELD[,FIELD…]: API field names, dotted for settings ("settings.emailsImported"), "settings" for any
    // setting, "*" for any field. Unknown fields are fine (the API sends fields it does not document).
    bool parseChanged(UserQueryTerm& term)
    {
        for (const QString& v : std::as_const(term.values)) {
            if (!isFieldName(v)) {
                error(term.position, term.length,
                      Tr::tr("\"%1\" is not a field name (e.g. changed:managerId, changed:settings.emailsImported, "
                             "changed:*)")
                          .arg(v));
                return false;
            }
        }
        term.exact = false;
        return true;
    }

    static bool isFieldName(const QString& v)
    {
        if (v == QLatin1String("*"))
            return true;
        for (const QChar c : v) {
            if (c.unicode() >= 0x80 || !(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')))
                return false;
        }
        return !v.isEmpty();
    }

    // created: and joined: take a year, month or day with an optional comparison; joined: also takes a span back
    // from now ("30d": within the last 30 days).
    bool parseCreated(UserQueryTerm& term, const QString& op, const QString& name)
    {
        const bool joined = term.field == Field::Joined;
        if (term.values.size() != 1) {
            error(term.position, term.length,
                  joined ? Tr::tr("joined: takes one span of time, year or date")
                         : Tr::tr("created: takes one year or date"));
            return false;
        }
        const QString v = term.values.first();
        qint64 span = 0;
        if (joined && Duration::parse(v, &span)) {
            if (!op.isEmpty()) {
                error(term.position, term.length,
                      Tr::tr("\"%1\" is a span of time: use it without a comparison (%2:30d is the last 30 days)")
                          .arg(v, name));
                return false;
            }
            term.createdFrom = QDateTime::currentMSecsSinceEpoch() - span;
            term.createdTo = std::numeric_limits<qint64>::max();
            term.exact = false;
            return true;
        }
        QDate from;
        QDate to;
        if (v.size() == 4) {
            bool ok = false;
            const int year = v.toInt(&ok);
            if (ok && year > 0) {
                from = QDate(year, 1, 1);
                to = from.addYears(1);
            }
        } else if (v.size() == 7) {
            from = QDate::fromString(v + QLatin1String("-01"), Qt::ISODate);
            to = from.addMonths(1);
        } else {
            from = QDate::fromString(v, Qt::ISODate);
            to = from.addDays(1);
        }
        if (!from.isValid()) {
            error(term.position, term.length,
                  joined ? Tr::tr("\"%1\" is not a span of time, year or date (use 30d, 12h, 2023, 2023-04 or "
                                  "2024-03-01)")
                               .arg(v)
                         : Tr::tr("\"%1\" is not a year or date (use 2023, 2023-04 or 2024-03-01)").arg(v));
            return false;
        }
        const qint64 lo = utcMs(from);
        const qint64 hi = utcMs(to);
        constexpr qint64 minMs = std::numeric_limits<qint64>::min();
        constexpr qint64 maxMs = std::numeric_limits<qint64>::max();
        if (op.isEmpty() || op == QLatin1String("=")) {
            term.createdFrom = lo;
            term.createdTo = hi;
        } else if (op == QLatin1String(">")) {
            term.createdFrom = hi;
            term.createdTo = maxMs;
        } else if (op == QLatin1String(">=")) {
            term.createdFrom = lo;
            term.createdTo = maxMs;
        } else if (op == QLatin1String("<")) {
            term.createdFrom = minMs;
            term.createdTo = lo;
        } else if (op == QLatin1String("<=")) {
            term.createdFrom = minMs;
            term.createdTo = hi;
        } else {
            error(term.position, term.length, Tr::tr("Unknown comparison \"%1\" (use >, >=, < or <=)").arg(op));
            return false;
        }
        term.exact = false;
        return true;
    }

    UserQuery& m_q;
    const QString& m_text;
    const qsizetype m_size;
    int m_tokens = 0;
};

UserQuery UserQuery::parse(const QString& text)
{
    UserQuery q;
    q.m_text = text;
    UserQueryParser(q).run();
    return q;
}
