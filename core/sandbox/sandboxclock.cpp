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
    ++m_revision;
}

void SandboxClock::advance(qint64 seconds)
{
    m_base = now().addSecs(seconds);
    m_elapsed.restart();
    ++m_revision;
}

void SandboxClock::setNow(const QDateTime &time)
{
    m_base = time.toUTC();
    m_elapsed.restart();
    ++m_revision;
}

QJsonObject SandboxClock::toJson() const
{
    return { { QStringLiteral("offset_ms"), double(nowMs() - QDateTime::currentMSecsSinceEpoch()) },
        { QStringLiteral("scale"), m_scale } };
}

void SandboxClock::fromJson(const QJsonObject &json)
{
    setScale(json.value(QStringLiteral("scale")).toDouble(1.0));
    setNow(QDateTime::currentDateTimeUtc().addMSecs(qint64(json.value(QStringLiteral("offset_ms")).toDouble())));
}

} // namespace Ledgerlink
