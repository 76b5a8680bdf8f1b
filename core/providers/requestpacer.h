#pragma once

#include "clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Ledgerlink {

/// A finished exchange after the pacer's retries.
struct PacedReply
{
    int status = 0; ///< 0 when no HTTP answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int attempts = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

/// Keeps one tenant's requests inside the provider's budget (one pacer per tenant):
///
///   send() -> queue -> slot free (<= maxConcurrent) and not paused? -> QNetworkAccessManager
///     reply 429 (or what setRateLimitTest() calls a rate limit, e.g. MYOB's 403 RateLimitError)
///                          -> pause the whole queue for Retry-After (none: default429WaitSeconds),
///                             send it again (no attempt used)
///                             (a wait beyond maxWaitSeconds - Xero's daily limit - is handed back)
///     X-MinLimit-Remaining 0 -> pause until the minute window has passed, before the next 429
///     5xx, drop, timeout   -> again after min(base * 2^n, max) + jitter, up to maxAttempts
///     anything else        -> done(reply)
///
/// Writes are retried too: they carry an Idempotency-Key, so a replay is answered, not repeated
/// (unless setReplayTest() says a request must not be replayed).
class RequestPacer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxConcurrent = 5;
        int maxAttempts = 4;
        int baseBackoffMs = 500;
        int maxBackoffMs = 8000;
        int timeoutMs = 60000;
        int maxWaitSeconds = 15 * 60;
        int max429Waits = 20;
        /// How long a 429 without Retry-After holds the queue; 0: the provider client's default
        /// (QuickBooks Online: 60 s, as Intuit sends no Retry-After; the others: 1 s).
        int default429WaitSeconds = 0;
    };
    using Done = std::function<void(const PacedReply &reply)>;

    RequestPacer(QNetworkAccessManager *network, const Clock &clock, Options options, QObject *parent = nullptr);
    RequestPacer(QNetworkAccessManager *network, const Clock &clock, QObject *parent = nullptr);
    ~RequestPacer() override;

    /// Queues a request; `done` runs exactly once unless `context` is destroyed first.
    void send(
        const QByteArray &method, const QNetworkRequest &request, const QByteArray &body, QObject *context, Done done);

    /// Tells apart a rate-limit answer that is not a 429 (MYOB: 403 RateLimitError): such a reply
    /// is held back and sent again exactly like a 429 (Retry-After if present, else 1 s).
    using RateLimitTest = std::function<bool(const PacedReply &reply)>;
    void setRateLimitTest(RateLimitTest test) { m_isRateLimited = std::move(test); }

    /// Whether a request may be sent again after a 5xx, drop or timeout (default: every request,
    /// as writes carry an Idempotency-Key). A provider without one (MYOB) keeps creates from being
    /// replayed blindly and looks the record up itself instead.
    using ReplayTest = std::function<bool(const QByteArray &method)>;
    void setReplayTest(ReplayTest test) { m_mayReplay = std::move(test); }

    int inFlight() const { return m_inFlight; }
    const Options &options() const { return m_options; }

Q_SIGNALS:
    /// Requests are held back until `until` (UTC); reason is "minute", "day", "concurrent", …
    void waitingForRateLimit(const QDateTime &until, const QString &reason);

private:
    struct Job
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
        QPointer<QObject> context;
        Done done;
        int attempts = 0;
        int waits429 = 0;
    };

    void pump();
    void start(Job job);
    void finished(QNetworkReply *reply, Job job);
    void retryLater(Job job, int delayMs);
    void pauseFor(int ms, const QString &reason);
    void deliver(const Job &job, const PacedReply &reply);
    int backoffMs(int attempt) const;
    static bool isTransient(const PacedReply &reply);

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    Options m_options;
    QList<Job> m_queue;
    int m_inFlight = 0;
    qint64 m_pausedUntilMs = 0; ///< on a monotonic clock: a wall-clock jump must not shorten a wait
    QTimer *m_resumeTimer = nullptr;
    RateLimitTest m_isRateLimited;
    ReplayTest m_mayReplay;
};

} // namespace Ledgerlink
