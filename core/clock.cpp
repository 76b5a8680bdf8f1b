#include "clock.h"

namespace Ledgerlink {

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

} // namespace Ledgerlink
