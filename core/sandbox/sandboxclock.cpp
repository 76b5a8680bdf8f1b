#include "sandboxclock.h"

namespace Ledgerlink {

SandboxClock::SandboxClock()
    : m_base(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    const auto scaled = qint64(double(m_elapsed.elapsed()) * m_scale);
    return m_base.addMSecs(scaled);
}

void SandboxClock::setScale(double scale)
{
    m_base = now();
    m_elapsed.restart();
    m_scale = scale > 0 ? scale : 1.0;
}

void SandboxClock::advance(qint64 seconds)
{
    m_base = now().addSecs(seconds);
    m_elapsed.restart();
}

void SandboxClock::setNow(const QDateTime &time)
{
    m_base = time.toUTC();
    m_elapsed.restart();
}

} // namespace Ledgerlink
