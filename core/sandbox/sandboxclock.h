#pragma once

#include "clock.h"

#include <QElapsedTimer>

namespace Ledgerlink {

/// The sandbox's notion of "now": real time multiplied by a scale factor, plus jumps.
/// Token lifetimes and rate windows all read it, so `--time-scale 60` makes a minute pass in
/// a second and POST /_sandbox/clock can jump past an expiry in a test.
class SandboxClock : public Clock
{
public:
    SandboxClock();

    QDateTime now() const override;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    double scale() const { return m_scale; }
    /// Changes the speed from this moment on (the current sandbox time is kept).
    void setScale(double scale);
    /// Moves the sandbox time forward (or back) by `seconds`.
    void advance(qint64 seconds);
    /// Sets the sandbox time.
    void setNow(const QDateTime &time);

private:
    QDateTime m_base; // sandbox time when m_elapsed was last restarted
    QElapsedTimer m_elapsed;
    double m_scale = 1.0;
};

} // namespace Ledgerlink
