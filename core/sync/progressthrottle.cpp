#include "progressthrottle.h"

namespace Ledgerlink {

bool ProgressThrottle::accept(const QString &phase, int done, int total, qint64 nowMs)
{
    const bool newPhase = !m_started || phase != m_phase;
    const bool last = total > 0 && done >= total;
    const bool onePercent = total > 0 && qint64(done - m_lastDone) * 100 >= total;
    const bool interval = nowMs - m_lastMs >= m_intervalMs && done != m_lastDone;
    if (!(newPhase || last || onePercent || interval)) {
        return false;
    }
    m_started = true;
    m_phase = phase;
    m_lastDone = done;
    m_lastMs = nowMs;
    return true;
}

} // namespace Ledgerlink
