#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPair>

namespace Ledgerlink {

/// One HTTP request as the engine sent it (the benchmark's replay script).
struct RecordedRequest
{
    QByteArray method;
    QByteArray url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// A QNetworkAccessManager that keeps a copy of every request (method, URL, headers, body) before
/// sending it unchanged. The engine-overhead benchmark gives it to the engine's XeroClient, then
/// replays exactly these requests with a bare loop. The copy costs the engine a little, so the
/// measured overhead is, if anything, slightly overstated.
class RecordingNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    /// Thread-safe: the engine records on the sync thread, the benchmark reads on its own.
    QList<RecordedRequest> takeRecorded();
    /// Off: bodies pass through unrecorded (counting only), so a long run's memory figure does
    /// not grow with a copy of everything sent. Set before the first request.
    void setKeepBodies(bool keep) { m_keepBodies = keep; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QMutex m_mutex;
    QList<RecordedRequest> m_recorded;
    bool m_keepBodies = true;
};

} // namespace Ledgerlink
