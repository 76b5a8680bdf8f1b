#include "mockclock.h"

namespace Ledgerlink {

MockClock::MockClock(QDateTime start)
    : m_now(std::move(start))
{ }

QDateTime MockClock::now() const
{
    return m_now;
}

void MockClock::advance(qint64 milliseconds)
{
    m_now = m_now.addMSecs(milliseconds);
}

void MockClock::set(const QDateTime &time)
{
    m_now = time.toUTC();
}

} // namespace Ledgerlink
