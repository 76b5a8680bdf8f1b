#include "ratelimiter.h"

#include "sandboxclock.h"

namespace Ledgerlink {

namespace {

void prune(QList<qint64> &hits, qint64 now, qint64 windowMs)
{
    while (!hits.isEmpty() && hits.first() <= now - windowMs) {
        hits.removeFirst();
    }
}

int secondsUntil(qint64 fromMs, qint64 toMs)
{
    return int(qMax<qint64>(1, (toMs - fromMs + 999) / 1000));
}

} // namespace

RateLimiter::RateLimiter(const SandboxClock *clock)
    : m_clock(clock)
{
    resetToDefaults();
}

RateLimiter::Limits RateLimiter::defaults(const QString &provider)
{
    Limits l;
    if (provider == QLatin1String("xero")) {
        l.perMinute = 60;
        l.perDay = 5000;
        l.concurrent = 5;
        l.appPerMinute = 10000;
    } else if (provider == QLatin1String("qbo")) {
        l.perSecond = 10;
        l.perMinute = 500;
        l.concurrent = 10;
    } else if (provider == QLatin1String("sage")) {
        l.perMinute = 200;
    } else if (provider == QLatin1String("myob")) {
        l.perSecond = 8;
        l.perDay = 1000000;
    }
    return l;
}

void RateLimiter::resetToDefaults()
{
    for (const auto &p :
        { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"), QStringLiteral("myob") }) {
        m_limits.insert(p, defaults(p));
    }
    resetCounters();
}

void RateLimiter::setLimits(const QString &provider, const Limits &limits)
{
    m_limits.insert(provider, limits);
}

void RateLimiter::resetCounters()
{
    // In-flight counts survive: those replies are still to be written and released.
    for (auto &w : m_windows) {
        w.minuteHits.clear();
        w.secondHits.clear();
        w.dayCount = 0;
    }
    m_appMinute.clear();
}

RateLimiter::Decision RateLimiter::admit(const QString &provider, const QString &tenant, const QString &clientId)
{
    const Limits l = m_limits.value(provider);
    const qint64 now = m_clock->nowMs();
    const QString key = provider + QLatin1Char('/') + tenant;
    Window &w = m_windows[key];
    prune(w.minuteHits, now, 60000);
    prune(w.secondHits, now, 1000);
    const qint64 dayMs = 24LL * 3600 * 1000;
    if (now - w.dayStartMs >= dayMs || now < w.dayStartMs) {
        w.dayStartMs = now - now % dayMs;
        w.dayCount = 0;
    }
    QList<qint64> &app = m_appMinute[provider + QLatin1Char('/') + clientId];
    prune(app, now, 60000);

    Decision d;
    if (l.perDay > 0 && w.dayCount >= l.perDay) {
        d.problem = QStringLiteral("day");
        d.retryAfterSeconds = secondsUntil(now, w.dayStartMs + dayMs);
    } else if (l.appPerMinute > 0 && app.size() >= l.appPerMinute) {
        d.problem = QStringLiteral("appminute");
        d.retryAfterSeconds = secondsUntil(now, app.first() + 60000);
    } else if (l.perMinute > 0 && w.minuteHits.size() >= l.perMinute) {
        d.problem = QStringLiteral("minute");
        d.retryAfterSeconds = secondsUntil(now, w.minuteHits.first() + 60000);
    } else if (l.perSecond > 0 && w.secondHits.size() >= l.perSecond) {
        d.problem = QStringLiteral("second");
        d.retryAfterSeconds = 1;
    } else if (l.concurrent > 0 && w.inFlight >= l.concurrent) {
        d.problem = QStringLiteral("concurrent");
        d.retryAfterSeconds = 1;
    }
    d.allowed = d.problem.isEmpty();
    if (d.allowed) {
        w.minuteHits << now;
        w.secondHits << now;
        ++w.dayCount;
        app << now;
        ++w.inFlight;
        d.slot = key;
    }
    d.minuteRemaining = l.perMinute > 0 ? qMax(0, l.perMinute - int(w.minuteHits.size())) : -1;
    d.dayRemaining = l.perDay > 0 ? qMax(0, l.perDay - w.dayCount) : -1;
    d.appMinuteRemaining = l.appPerMinute > 0 ? qMax(0, l.appPerMinute - int(app.size())) : -1;
    return d;
}

void RateLimiter::release(const QString &slot)
{
    auto it = m_windows.find(slot);
    if (it != m_windows.end() && it->inFlight > 0) {
        --it->inFlight;
    }
}

QJsonObject RateLimiter::toJson() const
{
    QJsonObject o;
    for (auto it = m_limits.constBegin(); it != m_limits.constEnd(); ++it) {
        o.insert(it.key(),
            QJsonObject { { QStringLiteral("per_second"), it->perSecond },
                { QStringLiteral("per_minute"), it->perMinute }, { QStringLiteral("per_day"), it->perDay },
                { QStringLiteral("concurrent"), it->concurrent },
                { QStringLiteral("app_per_minute"), it->appPerMinute } });
    }
    return o;
}

RateLimiter::Limits RateLimiter::limitsFromJson(const QJsonObject &o, const Limits &base)
{
    Limits l = base;
    l.perSecond = o.value(QStringLiteral("per_second")).toInt(l.perSecond);
    l.perMinute = o.value(QStringLiteral("per_minute")).toInt(l.perMinute);
    l.perDay = o.value(QStringLiteral("per_day")).toInt(l.perDay);
    l.concurrent = o.value(QStringLiteral("concurrent")).toInt(l.concurrent);
    l.appPerMinute = o.value(QStringLiteral("app_per_minute")).toInt(l.appPerMinute);
    return l;
}

} // namespace Ledgerlink
