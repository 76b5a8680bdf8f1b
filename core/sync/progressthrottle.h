#pragma once

#include <QString>

namespace Ledgerlink {

/// Decides which progress updates of a run are worth a queued signal to the GUI thread: the first
/// of each phase, the last one (done == total), and in between only when at least `intervalMs`
/// passed or at least 1 % of the phase was done since the last one. A 10 000-record run then
/// sends about a hundred updates instead of one per record or batch. Pure: the caller passes
/// the time (RunContext: the injected Clock).
class ProgressThrottle
{
public:
    explicit ProgressThrottle(qint64 intervalMs = 100)
        : m_intervalMs(intervalMs)
    { }

    /// Whether to pass this update on; remembers it when so.
    bool accept(const QString &phase, int done, int total, qint64 nowMs);

private:
    qint64 m_intervalMs;
    QString m_phase;
    bool m_started = false;
    int m_lastDone = 0;
    qint64 m_lastMs = 0;
};

} // namespace Ledgerlink
