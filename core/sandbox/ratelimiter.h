#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ledgerlink {

class SandboxClock;

/// Per provider and tenant request limits, measured on the SandboxClock (0 = no limit).
class RateLimiter
{
public:
    struct Limits
    {
        int perSecond = 0;
        int perMinute = 0;
        int perDay = 0;
        int concurrent = 0;
        int appPerMinute = 0;
    };
    struct Decision
    {
        bool allowed = true;
        QString problem; ///< second, minute, day, appminute, concurrent
        int retryAfterSeconds = 0;
        int minuteRemaining = -1;
        int dayRemaining = -1;
        int appMinuteRemaining = -1;
        QString slot; ///< concurrency slot taken; release it when the reply is written
    };

    explicit RateLimiter(const SandboxClock *clock);

    /// The providers' published limits.
    static Limits defaults(const QString &provider);
    void resetToDefaults();
    void setLimits(const QString &provider, const Limits &limits);
    Limits limits(const QString &provider) const { return m_limits.value(provider); }
    /// Forgets every counted request (keeps the limits).
    void resetCounters();

    /// Counts a request and decides; when allowed, a concurrency slot is taken.
    Decision admit(const QString &provider, const QString &tenant, const QString &clientId);
    void release(const QString &slot);

    QJsonObject toJson() const;
    static Limits limitsFromJson(const QJsonObject &object, const Limits &base);

private:
    struct Window
    {
        QList<qint64> minuteHits; // sandbox ms of the hits in the last minute
        QList<qint64> secondHits;
        qint64 dayStartMs = 0;
        int dayCount = 0;
        int inFlight = 0;
    };

    const SandboxClock *m_clock;
    QHash<QString, Limits> m_limits;
    QHash<QString, Window> m_windows; // provider/tenant
    QHash<QString, QList<qint64>> m_appMinute; // provider/client
};

} // namespace Ledgerlink
