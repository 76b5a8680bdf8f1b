#include "requestpacer.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace Ledgerlink {

namespace {

qint64 steadyMs()
{
    static QElapsedTimer timer = []() {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

PacedReply replyOf(QNetworkReply *reply, int attempts)
{
    PacedReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs()) {
        r.headers.insert(pair.first.toLower(), pair.second);
    }
    r.networkError = reply->error();
    r.networkErrorText = reply->errorString();
    r.attempts = attempts;
    return r;
}

} // namespace

RequestPacer::RequestPacer(QNetworkAccessManager *network, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_options(options)
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer, &QTimer::timeout, this, &RequestPacer::pump);
}

RequestPacer::RequestPacer(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : RequestPacer(network, clock, Options(), parent)
{ }

RequestPacer::~RequestPacer() = default;

void RequestPacer::send(
    const QByteArray &method, const QNetworkRequest &request, const QByteArray &body, QObject *context, Done done)
{
    Job job;
    job.method = method;
    job.request = request;
    job.request.setTransferTimeout(m_options.timeoutMs);
    job.body = body;
    job.context = context;
    job.done = std::move(done);
    m_queue.append(std::move(job));
    pump();
}

void RequestPacer::pump()
{
    const qint64 now = steadyMs();
    if (m_pausedUntilMs > now) {
        m_resumeTimer->start(int(m_pausedUntilMs - now));
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight < m_options.maxConcurrent) {
        Job job = m_queue.takeFirst();
        if (!job.context) {
            continue;
        }
        start(std::move(job));
    }
}

void RequestPacer::start(Job job)
{
    ++m_inFlight;
    ++job.attempts;
    QNetworkReply *reply = m_network->sendCustomRequest(job.request, job.method, job.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job]() { finished(reply, job); });
}

void RequestPacer::finished(QNetworkReply *reply, Job job)
{
    reply->deleteLater();
    --m_inFlight;
    const PacedReply r = replyOf(reply, job.attempts);
    if (r.status == 429 || (m_isRateLimited && m_isRateLimited(r))) {
        bool ok = false;
        int seconds = r.header("retry-after").trimmed().toInt(&ok);
        if (!ok || seconds < 0) {
            seconds = m_options.default429WaitSeconds > 0 ? m_options.default429WaitSeconds : 1;
        }
        const QString problem = QString::fromLatin1(r.header("x-rate-limit-problem"));
        // A used-up daily budget is never waited out inside a run, however soon it resets (just
        // before midnight UTC that is minutes): the run ends and the caller reports when to resume.
        if (problem == QLatin1String("day") || seconds > m_options.maxWaitSeconds
            || job.waits429 >= m_options.max429Waits) {
            deliver(job, r);
        } else {
            ++job.waits429;
            --job.attempts; // a 429 is the provider pacing us, not a failed attempt
            qCInfo(lcProviders) << "rate limited" << problem << "retry after" << seconds << "s";
            pauseFor(seconds * 1000, problem.isEmpty() ? QStringLiteral("minute") : problem);
            m_queue.prepend(std::move(job));
        }
        pump();
        return;
    }
    if (r.header("x-minlimit-remaining") == "0") {
        // The next request would be a 429: wait for the minute window before asking again.
        pauseFor(60 * 1000, QStringLiteral("minute"));
    }
    if (isTransient(r) && job.attempts < m_options.maxAttempts && job.context
        && (!m_mayReplay || m_mayReplay(job.method))) {
        const int delay = backoffMs(job.attempts);
        qCInfo(lcProviders) << "transient failure" << r.status << r.networkError << "attempt" << job.attempts
                            << "retry in" << delay << "ms";
        retryLater(std::move(job), delay);
        pump();
        return;
    }
    deliver(job, r);
    pump();
}

void RequestPacer::retryLater(Job job, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, job]() {
        m_queue.prepend(job);
        pump();
    });
}

void RequestPacer::pauseFor(int ms, const QString &reason)
{
    const qint64 until = steadyMs() + ms;
    if (until <= m_pausedUntilMs) {
        return;
    }
    m_pausedUntilMs = until;
    Q_EMIT waitingForRateLimit(m_clock.now().toUTC().addMSecs(ms), reason);
}

void RequestPacer::deliver(const Job &job, const PacedReply &reply)
{
    if (job.context) {
        job.done(reply);
    }
}

int RequestPacer::backoffMs(int attempt) const
{
    const qint64 exp = qint64(m_options.baseBackoffMs) << qMin(attempt - 1, 16);
    const int capped = int(qMin<qint64>(exp, m_options.maxBackoffMs));
    // Full jitter over the upper half: spreads the retries of several clients without ever
    // retrying immediately.
    return capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
}

bool RequestPacer::isTransient(const PacedReply &reply)
{
    if (reply.status >= 500 && reply.status != 501) {
        return true;
    }
    if (reply.status != 0) {
        return false;
    }
    switch (reply.networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

} // namespace Ledgerlink
