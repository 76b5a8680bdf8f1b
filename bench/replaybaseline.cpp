#include "replaybaseline.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <functional>

namespace Ledgerlink {

ReplayBaseline::ReplayBaseline(QUrl recordedBase, QUrl targetBase, QHash<QString, QString> oldContactIds)
    : m_recordedBase(recordedBase.toEncoded())
    , m_targetBase(targetBase.toEncoded())
    , m_oldContactIds(std::move(oldContactIds))
{ }

QByteArray ReplayBaseline::rewriteUrl(const QByteArray &url) const
{
    QByteArray out = url;
    if (out.startsWith(m_recordedBase)) {
        out.replace(0, m_recordedBase.size(), m_targetBase);
    }
    return out;
}

QByteArray ReplayBaseline::rewriteBody(QByteArray body) const
{
    if (m_idMap.isEmpty()) {
        return body;
    }
    static const QByteArray key = QByteArrayLiteral("\"ContactID\":\"");
    qsizetype at = body.indexOf(key);
    while (at >= 0) {
        const qsizetype start = at + key.size();
        const qsizetype end = body.indexOf('"', start);
        if (end < 0) {
            break;
        }
        const auto found = m_idMap.constFind(body.mid(start, end - start));
        if (found != m_idMap.constEnd()) {
            body.replace(start, end - start, found.value());
        }
        at = body.indexOf(key, start);
    }
    return body;
}

void ReplayBaseline::learnContactIds(const QByteArray &reply)
{
    const QJsonArray contacts = QJsonDocument::fromJson(reply).object().value(QStringLiteral("Contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        const QString old = m_oldContactIds.value(contact.value(QStringLiteral("ContactNumber")).toString());
        if (!old.isEmpty()) {
            m_idMap.insert(old.toLatin1(), contact.value(QStringLiteral("ContactID")).toString().toLatin1());
        }
    }
}

ReplayBaseline::Outcome ReplayBaseline::run(const RecordedRequest &tokenRequest, const QList<RecordedRequest> &requests)
{
    QNetworkAccessManager network;
    auto build = [this](const RecordedRequest &r, const QByteArray &token) {
        QNetworkRequest request(QUrl::fromEncoded(rewriteUrl(r.url)));
        for (const auto &header : r.headers) {
            if (!token.isEmpty() && header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
                request.setRawHeader(header.first, QByteArray("Bearer " + token));
            } else {
                request.setRawHeader(header.first, header.second);
            }
        }
        return request;
    };

    Outcome outcome;
    // Token first, outside the timing: the engine's measured run reused a cached token too.
    QByteArray token;
    {
        QNetworkReply *reply =
            network.sendCustomRequest(build(tokenRequest, {}), tokenRequest.method, tokenRequest.body);
        if (!QTest::qWaitFor([reply]() { return reply->isFinished(); }, 30000)) {
            return outcome;
        }
        token = QJsonDocument::fromJson(reply->readAll())
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .toLatin1();
        reply->deleteLater();
        if (token.isEmpty()) {
            return outcome;
        }
    }

    // The bare loop: one request at a time, the next sent from the previous one's finished().
    int index = 0;
    bool done = requests.isEmpty();
    QElapsedTimer timer;
    std::function<void()> sendNext = [&]() {
        const RecordedRequest &r = requests.at(index);
        QNetworkReply *reply = network.sendCustomRequest(build(r, token), r.method, rewriteBody(r.body));
        ++outcome.sent;
        const bool contactsPut = r.method == "PUT" && r.url.contains("/Contacts");
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply, contactsPut]() {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300) {
                ++outcome.ok;
            }
            if (contactsPut) {
                learnContactIds(reply->readAll());
            }
            reply->deleteLater();
            if (++index < requests.size()) {
                sendNext();
            } else {
                outcome.elapsedMs = timer.elapsed();
                done = true;
            }
        });
    };
    timer.start();
    if (!done) {
        sendNext();
    }
    outcome.finished = QTest::qWaitFor([&done]() { return done; }, 30 * 60 * 1000);
    return outcome;
}

} // namespace Ledgerlink
