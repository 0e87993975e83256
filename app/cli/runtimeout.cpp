// SPDX-License-Identifier: MIT
#include "runtimeout.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace {
// lupdate reads the context from here; the same one the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunTimeout)
};
} // namespace

std::optional<qint64> RunTimeout::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression whole(QStringLiteral("^(\\d+)$"));
    static const QRegularExpression parts(QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    // Ten years is more than any run needs, and far from overflowing.
    constexpr qint64 MaxSeconds = 10LL * 365 * 24 * 3600;
    qint64 seconds = 0;
    if (const QRegularExpressionMatch m = whole.match(t); m.hasMatch()) {
        if (m.captured(1).size() > 12)
            return std::nullopt;
        seconds = m.captured(1).toLongLong();
    } else if (const QRegularExpressionMatch p = parts.match(t); p.hasMatch() && !t.isEmpty()) {
        static const qint64 unit[] = {24 * 3600, 3600, 60, 1};
        for (int i = 0; i < 4; ++i) {
            const QString n = p.captured(i + 1);
            if (n.size() > 12)
                return std::nullopt;
            seconds += n.toLongLong() * unit[i];
            if (seconds > MaxSeconds)
                return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (seconds <= 0 || seconds > MaxSeconds)
        return std::nullopt;
    return seconds * 1000;
}

void RunTimeout::start(qint64 ms, const QString& text)
{
    m_deadline.setRemainingTime(ms);
    m_text = text;
}

void RunTimeout::whenExpired(QObject* context, std::function<void()> stop) const
{
    if (isSet())
        QTimer::singleShot(int(std::clamp<qint64>(remainingMs(), 0, INT_MAX)), context, std::move(stop));
}

QString RunTimeout::stoppedLoading(const QString& loaded) const
{
    return Tr::tr("Stopped: the --timeout of %1 passed with %2 users loaded; nothing was written.").arg(m_text, loaded);
}

QString RunTimeout::stoppedWriting(const QString& path) const
{
    return Tr::tr("Stopped: the --timeout of %1 passed while writing; “%2” was not written.")
        .arg(m_text, QDir::toNativeSeparators(path));
}

QString RunTimeout::stoppedWritingStdout() const
{
    return Tr::tr("Stopped: the --timeout of %1 passed while writing to stdout; the output is incomplete.").arg(m_text);
}
