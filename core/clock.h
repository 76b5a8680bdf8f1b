#pragma once

#include <QDateTime>

namespace Ledgerlink {

/// The only source of "now" in core. Tests pass a MockClock to move time deterministically.
class Clock
{
public:
    virtual ~Clock();
    /// Current time in UTC.
    virtual QDateTime now() const;

    /// A process-wide system clock for composition roots that have nothing better.
    static Clock &system();
};

} // namespace Ledgerlink
