#include "sagetransport.h"

#include "logging.h"
#include "providers/accesstokensource.h"
#include "providers/sagejson.h"
#include "providers/sagereply.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>

namespace Ledgerlink {

namespace {
constexpr int kFullReadPageSize = 200;
} // namespace

SageTransport::SageTransport(QNetworkAccessManager *network, AccessTokenSource *tokens, QUrl apiBaseUrl,
    QString businessId, const RequestPacer::Options &pacing, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_businessId(std::move(businessId))
    , m_clock(clock)
    , m_pacer(new RequestPacer(network, clock, pacing, this))
{ }

SageTransport::~SageTransport() = default;

void SageTransport::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
    JsonCallback callback, bool authRetried)
{
    QPointer<SageTransport> self(this);
    m_tokens->accessToken(this, [=](const Result<QString> &token) {
        if (!self) {
            return;
        }
        if (!token) {
            callback(token.error(), PacedReply());
            return;
        }
        QUrl url = m_apiBaseUrl;
        url.setPath(url.path() + QLatin1Char('/') + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token->toLatin1());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("X-Business", m_businessId.toLatin1());
        QByteArray payload;
        if (!body.isEmpty()) {
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        const QString usedToken = token.value();
        m_pacer->send(method, request, payload, this, [=](const PacedReply &reply) {
            qCDebug(lcProvidersSage) << "sage" << method << path << reply.status << "attempts" << reply.attempts
                                     << "request id" << SageReply::correlationId(reply);
            if (reply.status == 401 && !authRetried) {
                // Sage access tokens live five minutes: one new token, the same request once more.
                m_tokens->invalidate(usedToken);
                call(method, path, query, body, callback, true);
                return;
            }
            callback(SageReply::parse(reply), reply);
        });
    });
}

void SageTransport::page(const QString &collection, QUrlQuery query, int page, int pageSize, PageCallback callback)
{
    const int size = qBound(1, pageSize, 200);
    query.addQueryItem(QStringLiteral("attributes"), QStringLiteral("all"));
    query.addQueryItem(QStringLiteral("items_per_page"), QString::number(size));
    query.addQueryItem(QStringLiteral("page"), QString::number(qMax(1, page)));
    // Without a Date header the time before asking is the safe watermark: anything changed
    // while the reply was being built is newer than it.
    const QDateTime asked = m_clock.now().toUTC();
    call("GET", collection, query, {},
        [collection, asked, callback](const Result<QJsonValue> &json, const PacedReply &reply) {
            if (!json) {
                callback(json.error());
                return;
            }
            const QString entity = collection;
            if (!json->isObject()) {
                callback(SageJson::reader().malformed(
                    entity, QStringLiteral("%1: the list reply is not an object").arg(collection)));
                return;
            }
            const QJsonObject root = json->toObject();
            const QJsonValue items = root.value(QStringLiteral("$items"));
            const QJsonValue next = root.value(QStringLiteral("$next"));
            if (!items.isArray() || !(next.isUndefined() || next.isNull() || next.isString())) {
                callback(SageJson::reader().malformed(
                    entity, QStringLiteral("%1: $items or $next missing or of the wrong type").arg(collection)));
                return;
            }
            Page p;
            for (const auto &v : items.toArray()) {
                if (!v.isObject()) {
                    callback(SageJson::reader().malformed(
                        entity, QStringLiteral("%1: an element of $items is not an object").arg(collection)));
                    return;
                }
                p.items.append(v.toObject());
            }
            p.hasMore = next.isString() && !next.toString().isEmpty();
            p.serverTime = SageReply::serverTime(reply, asked);
            p.correlationId = SageReply::correlationId(reply);
            callback(p);
        });
}

void SageTransport::fetchAll(const QString &collection, const QUrlQuery &query, AllCallback callback)
{
    fetchPages(collection, query, 1, {}, std::move(callback));
}

void SageTransport::fetchPages(const QString &collection, const QUrlQuery &query, int pageNumber,
    QList<QJsonObject> collected, AllCallback callback)
{
    QPointer<SageTransport> self(this);
    page(collection, query, pageNumber, kFullReadPageSize, [=](const Result<Page> &p) mutable {
        if (!self) {
            return;
        }
        if (!p) {
            callback(p.error());
            return;
        }
        collected.append(p->items);
        if (p->hasMore && !p->items.isEmpty()) {
            fetchPages(collection, query, pageNumber + 1, collected, callback);
            return;
        }
        callback(collected);
    });
}

void SageTransport::rememberLedger(const QJsonObject &record)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    const QJsonValue nominal = record.value(QStringLiteral("nominal_code"));
    const QString code =
        nominal.isDouble() ? QString::number(qint64(nominal.toDouble())) : nominal.toString().trimmed();
    if (!id.isEmpty() && !code.isEmpty()) {
        m_ledgerIdByCode.insert(code, id);
        m_ledgerCodeById.insert(id, code);
    }
}

void SageTransport::rememberProduct(const QJsonObject &record)
{
    const QString id = record.value(QStringLiteral("id")).toString();
    const QString code = record.value(QStringLiteral("item_code")).toString().trimmed();
    if (!id.isEmpty() && !code.isEmpty()) {
        m_productIdByCode.insert(code, id);
    }
}

void SageTransport::ensureLedgers(Done done)
{
    if (m_ledgersRead) {
        done({});
        return;
    }
    QPointer<SageTransport> self(this);
    fetchAll(QStringLiteral("ledger_accounts"), {}, [=](const Result<QList<QJsonObject>> &records) {
        if (!self) {
            return;
        }
        if (!records) {
            done(records.error());
            return;
        }
        for (const QJsonObject &r : records.value()) {
            rememberLedger(r);
        }
        m_ledgersRead = true;
        done({});
    });
}

void SageTransport::ensureProducts(const QStringList &codes, Done done)
{
    bool missing = false;
    for (const QString &c : codes) {
        missing = missing || (!c.isEmpty() && !m_productIdByCode.contains(c));
    }
    if (!missing) {
        done({});
        return;
    }
    QPointer<SageTransport> self(this);
    fetchAll(QStringLiteral("products"), {}, [=](const Result<QList<QJsonObject>> &records) {
        if (!self) {
            return;
        }
        if (!records) {
            done(records.error());
            return;
        }
        for (const QJsonObject &r : records.value()) {
            rememberProduct(r);
        }
        // A code Sage does not know leaves its lines without product_id: Sage takes the line as text.
        done({});
    });
}

void SageTransport::writeRecord(const QString &collection, const QString &singular, qint64 localId,
    const QString &remoteId, const QJsonObject &body, ElementDone done,
    std::function<void(const QJsonObject &)> remember, std::function<QString(const QJsonObject &)> versionOf)
{
    const bool create = remoteId.isEmpty();
    call(create ? "POST" : "PUT", create ? collection : collection + QLatin1Char('/') + remoteId, {},
        QJsonObject { { singular, body } }, [=](const Result<QJsonValue> &json, const PacedReply &reply) {
            const QString correlation = SageReply::correlationId(reply);
            if (!json) {
                if (json.error().kind() == Error::Kind::Item) {
                    done(WriteOutcome { localId, false, {}, {}, json.error(), correlation });
                } else {
                    done(json.error());
                }
                return;
            }
            const QJsonObject record = json->toObject();
            auto id = SageJson::reader().string(record, QStringLiteral("id"), singular, true);
            auto updated = SageJson::updatedAt(record, singular);
            if (!json->isObject() || !id || !updated) {
                done(!id ? id.error()
                        : !updated
                        ? updated.error()
                        : SageJson::reader().malformed(singular, QStringLiteral("the write reply is not an object")));
                return;
            }
            if (remember) {
                remember(record);
            }
            QString version = versionOf ? versionOf(record) : QString();
            if (version.isEmpty()) {
                version = SageJson::version(updated.value());
            }
            done(WriteOutcome { localId, true, id.value(), version, {}, correlation });
        });
}

void SageTransport::voidRecord(const QString &collection, qint64 localId, const QString &remoteId, ElementDone done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("void_reason"), QStringLiteral("Voided%20in%20Ledgerlink"));
    call("DELETE", collection + QLatin1Char('/') + remoteId, q, {},
        [=](const Result<QJsonValue> &json, const PacedReply &reply) {
            const QString correlation = SageReply::correlationId(reply);
            if (!json) {
                if (json.error().kind() == Error::Kind::Item) {
                    done(WriteOutcome { localId, false, {}, {}, json.error(), correlation });
                } else {
                    done(json.error());
                }
                return;
            }
            // A voided document answers 204 without a record: our own clock versions the change.
            done(WriteOutcome { localId, true, remoteId, SageJson::version(m_clock.now()), {}, correlation });
        });
}

} // namespace Ledgerlink
