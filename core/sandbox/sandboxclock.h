#pragma once

#include "clock.h"

#include <QElapsedTimer>
#include <QJsonObject>

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

    /// Bumped by every change of speed or time, so --state knows to save.
    quint64 revision() const { return m_revision; }
    /// {"offset_ms": sandbox minus real time, "scale"} for --state: after a restart the clock
    /// keeps its jumps, and the time the sandbox was down passes as real time.
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);

private:
    QDateTime m_base; // sandbox time when m_elapsed was last restarted
    QElapsedTimer m_elapsed;
    double m_scale = 1.0;
    quint64 m_revision = 0;
};

} // namespace Ledgerlink
