#include "recordingnetwork.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Ledgerlink {

QList<RecordedRequest> RecordingNetwork::takeRecorded()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_recorded, {});
}

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.url = request.url().toEncoded();
    for (const QByteArray &name : request.rawHeaderList()) {
        recorded.headers.append({ name, request.rawHeader(name) });
    }
    // Known headers set through setHeader() are not in rawHeaderList().
    const QVariant type = request.header(QNetworkRequest::ContentTypeHeader);
    if (type.isValid()) {
        recorded.headers.append({ QByteArrayLiteral("Content-Type"), type.toByteArray() });
    }
    QIODevice *data = outgoingData;
    if (outgoingData && m_keepBodies) {
        recorded.body = outgoingData->readAll();
        // The original device is now consumed: send a copy that lives as long as the reply.
        auto *copy = new QBuffer(this);
        copy->setData(recorded.body);
        copy->open(QIODevice::ReadOnly);
        data = copy;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_recorded.append(recorded);
    }
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
    if (data != outgoingData) {
        data->setParent(reply);
    }
    return reply;
}

} // namespace Ledgerlink
