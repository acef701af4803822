#pragma once

// Shared by the benchmarks: a summary of repeated timings and the one machine-readable line per
// figure (`BENCH <name> <value> <unit> target <= <target> <PASS|MISS>`) that scripts/bench
// collects. Medians, because the machines these run on are shared and noisy.

#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace safehaven::bench {

struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Summary summarize(QList<double> samples)
{
    Summary summary;
    if (samples.isEmpty())
        return summary;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    summary.median = samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
    summary.min = samples.front();
    summary.max = samples.back();
    return summary;
}

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// For people: "<label>: median 12.3 ms (min 11.0, max 14.2, n=7)".
inline void human(const QString &label, const Summary &s, qsizetype n, const char *unit = "ms")
{
    out() << "# " << label << ": median " << QString::number(s.median, 'f', 1) << ' ' << unit
          << " (min " << QString::number(s.min, 'f', 1) << ", max "
          << QString::number(s.max, 'f', 1) << ", n=" << n << ")" << Qt::endl;
}

inline void note(const QString &text)
{
    out() << "# " << text << Qt::endl;
}

// Lower is better for every figure we track, so the target is an upper bound. PASS/MISS is
// judged on the value as printed, so the line never contradicts itself.
inline void report(const char *name, double value, const char *unit, double target,
                   int decimals = 1)
{
    const QString shown = QString::number(value, 'f', decimals);
    out() << "BENCH " << name << ' ' << shown << ' ' << unit
          << " target <= " << QString::number(target) << ' '
          << (shown.toDouble() <= target ? "PASS" : "MISS") << Qt::endl;
}

// The keystore benchmarks write items: never into someone's real keyring. Also keeps the
// app's own log lines out of the figures.
inline bool keystoreBenchAllowed()
{
    QLoggingCategory::setFilterRules(QStringLiteral("safehaven.*.info=false"));
    if (qEnvironmentVariable("SAFEHAVEN_IN_KEYRING_SESSION") == QLatin1String("1"))
        return true;
    QTextStream(stderr) << "run me through scripts/bench or scripts/lib/keyring-session\n";
    return false;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace safehaven::bench
