#include "qboclient.h"

#include "logging.h"
#include "providers/accesstokensource.h"
#include "providers/qboaccountmapper.h"
#include "providers/qbobatch.h"
#include "providers/qbocustomermapper.h"
#include "providers/qboinvoicemapper.h"
#include "providers/qboitemmapper.h"
#include "providers/qbojson.h"
#include "providers/qbopaymentmapper.h"
#include "providers/qboreply.h"
#include "providers/qbotaxcodemapper.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>

namespace Ledgerlink {

namespace {

template <typename T> std::function<Result<QList<T>>(const QJsonObject &)> one(Result<T> (*mapper)(const QJsonObject &))
{
    return [mapper](const QJsonObject &json) -> Result<QList<T>> {
        Result<T> r = mapper(json);
        if (!r) {
            return r.error();
        }
        return QList<T> { r.value() };
    };
}

/// Intuit answers a throttled request (Fault 3001) without Retry-After and asks for 60 s.
RequestPacer::Options qboPacing(RequestPacer::Options options)
{
    if (options.default429WaitSeconds <= 0) {
        options.default429WaitSeconds = 60;
    }
    return options;
}

} // namespace

QboClient::QboClient(
    QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock, QObject *parent)
    : ProviderClient(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_pacer(new RequestPacer(network, clock, qboPacing(m_config.pacing), this))
{
    connect(m_pacer, &RequestPacer::waitingForRateLimit, this, &ProviderClient::waitingForRateLimit);
}

QboClient::~QboClient() = default;

void QboClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
    JsonCallback callback, bool authRetried)
{
    QPointer<QboClient> self(this);
    m_tokens->accessToken(this, [=](const Result<QString> &token) {
        if (!self) {
            return;
        }
        if (!token) {
            callback(token.error(), PacedReply());
            return;
        }
        QUrl url = m_config.apiBaseUrl;
        url.setPath(url.path() + QLatin1Char('/') + m_config.realmId + QLatin1Char('/') + path);
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("minorversion"), QString::number(m_config.minorVersion));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token->toLatin1());
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        const QString usedToken = token.value();
        m_pacer->send(method, request, body, this, [=](const PacedReply &reply) {
            qCDebug(lcProvidersQbo) << "qbo" << method << path << reply.status << "attempts" << reply.attempts
                                    << "intuit_tid" << QboReply::correlationId(reply);
            if (reply.status == 401 && !authRetried) {
                // An expired access token (Fault 3200): one new token, the same request once more.
                m_tokens->invalidate(usedToken);
                call(method, path, query, body, callback, true);
                return;
            }
            callback(QboReply::parse(reply, m_clock), reply);
        });
    });
}

void QboClient::runQuery(const QString &sql, JsonCallback callback)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(sql)));
    call("GET", QStringLiteral("query"), q, {}, std::move(callback));
}

template <typename T>
void QboClient::list(const QString &entity, const ListQuery &query, const QString &extraWhere,
    std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback)
{
    const int size = query.pageSize > 0 ? qMin(query.pageSize, 1000) : pageSize();
    QStringList where;
    if (!extraWhere.isEmpty()) {
        where << extraWhere;
    }
    if (query.modifiedSince.isValid()) {
        where << QStringLiteral("MetaData.LastUpdatedTime >= '%1'").arg(QboJson::queryTime(query.modifiedSince));
    }
    QString sql = QStringLiteral("SELECT * FROM %1").arg(entity);
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDERBY Id STARTPOSITION %1 MAXRESULTS %2")
               .arg((qMax(1, query.page) - 1) * size + 1)
               .arg(size);
    QPointer<QboClient> self(this);
    runQuery(sql, [=](const Result<QJsonObject> &json, const PacedReply &reply) {
        if (!self) {
            return;
        }
        if (!json) {
            callback(json.error());
            return;
        }
        const QJsonValue response = json->value(QStringLiteral("QueryResponse"));
        if (!response.isObject()) {
            callback(QboJson::reader().malformed(entity, QStringLiteral("reply has no QueryResponse")));
            return;
        }
        const QJsonValue listValue = response.toObject().value(entity);
        if (!listValue.isUndefined() && !listValue.isArray()) {
            callback(QboJson::reader().malformed(entity, QStringLiteral("%1 is not an array").arg(entity)));
            return;
        }
        RemotePage<T> page;
        page.correlationId = QboReply::correlationId(reply);
        page.serverTime = QboReply::serverTime(json.value(), reply, m_clock);
        const QJsonArray array = listValue.toArray();
        for (const auto &value : array) {
            if (!value.isObject()) {
                callback(
                    QboJson::reader().malformed(entity, QStringLiteral("%1 element is not an object").arg(entity)));
                return;
            }
            Result<QList<T>> records = mapper(value.toObject());
            if (!records) {
                // One unreadable record spoils the page: nothing of it is applied.
                callback(records.error());
                return;
            }
            remember(entity, value.toObject());
            page.records.append(records.value());
        }
        page.hasMore = array.size() >= size;
        callback(page);
    });
}

void QboClient::remember(const QString &entity, const QJsonObject &record)
{
    const QString id = record.value(QStringLiteral("Id")).toString();
    if (id.isEmpty()) {
        return;
    }
    m_syncTokens.insert(QboBatch::tokenKey(entity, id), record.value(QStringLiteral("SyncToken")).toString());
    if (entity == QLatin1String("Item") && record.contains(QStringLiteral("Name"))) {
        m_itemIds.insert(record.value(QStringLiteral("Name")).toString().trimmed(), id);
    }
}

void QboClient::listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback)
{
    list<RemoteAccount>(
        QStringLiteral("Account"), query, QboJson::activeAndArchived(), one(&QboAccountMapper::fromJson), callback);
}

void QboClient::listTaxRates(ListCallback<RemoteTaxRate> callback)
{
    // Rates first (the codes name them), then the codes; both are short lists, read whole.
    QPointer<QboClient> self(this);
    runQuery(QStringLiteral("SELECT * FROM TaxRate MAXRESULTS 1000"),
        [=](const Result<QJsonObject> &rateJson, const PacedReply &) {
            if (!self) {
                return;
            }
            if (!rateJson) {
                callback(rateJson.error());
                return;
            }
            auto rates = QboTaxCodeMapper::ratesFromJson(rateJson->value(QStringLiteral("QueryResponse")).toObject());
            if (!rates) {
                callback(rates.error());
                return;
            }
            const QHash<QString, qint64> byId = rates.value();
            ListQuery all;
            all.pageSize = 1000;
            list<RemoteTaxRate>(
                QStringLiteral("TaxCode"), all, QboJson::activeAndArchived(),
                [byId](const QJsonObject &json) -> Result<QList<RemoteTaxRate>> {
                    auto r = QboTaxCodeMapper::fromJson(json, byId);
                    if (!r) {
                        return r.error();
                    }
                    return QList<RemoteTaxRate> { r.value() };
                },
                callback);
        });
}

void QboClient::listContacts(const ListQuery &query, ListCallback<RemoteContact> callback)
{
    list<RemoteContact>(
        QStringLiteral("Customer"), query, QboJson::activeAndArchived(), one(&QboCustomerMapper::fromJson), callback);
}

void QboClient::listItems(const ListQuery &query, ListCallback<RemoteItem> callback)
{
    list<RemoteItem>(
        QStringLiteral("Item"), query, QboJson::activeAndArchived(), one(&QboItemMapper::fromJson), callback);
}

void QboClient::listPayments(const ListQuery &query, ListCallback<RemotePayment> callback)
{
    list<RemotePayment>(QStringLiteral("Payment"), query, {}, &QboPaymentMapper::fromJson, callback);
}

void QboClient::writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &c : contacts) {
        elements.append({ c.localId, c.idempotencyKey, QboCustomerMapper::toJson(c), c.remoteId, false });
    }
    write(QStringLiteral("Customer"), elements, callback);
}

void QboClient::writeItems(const QList<ItemWrite> &items, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &i : items) {
        elements.append({ i.localId, i.idempotencyKey, QboItemMapper::toJson(i), i.remoteId, false });
    }
    write(QStringLiteral("Item"), elements, callback);
}

void QboClient::writePayments(const QList<PaymentWrite> &payments, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &p : payments) {
        elements.append({ p.localId, p.idempotencyKey, QboPaymentMapper::toJson(p), QString(), false });
    }
    write(QStringLiteral("Payment"), elements, callback);
}

void QboClient::writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback)
{
    QStringList codes;
    for (const auto &i : invoices) {
        for (const InvoiceLine &line : i.invoice.lines) {
            const QString code = i.references.itemCodes.value(line.itemId);
            if (line.itemId && !code.isEmpty() && !m_itemIds.contains(code) && !codes.contains(code)) {
                codes << code;
            }
        }
    }
    QPointer<QboClient> self(this);
    resolveItemIds(codes, [=](const Status &resolved) {
        if (!self) {
            return;
        }
        if (!resolved) {
            callback(resolved.error());
            return;
        }
        QList<Element> elements;
        for (const auto &i : invoices) {
            // QBO voids an invoice (operation "void": it stays, with every amount 0 and "Voided" in
            // its note); a credit memo has no void operation in QBO's API and is deleted instead.
            const bool isInvoice = kind == InvoiceKind::Invoice;
            elements.append(
                { i.localId, i.idempotencyKey, i.voidIt ? QJsonObject() : QboInvoiceMapper::toJson(i, m_itemIds),
                    i.remoteId, i.voidIt && !isInvoice, i.voidIt && isInvoice });
        }
        write(QboInvoiceMapper::entityName(kind), elements, callback);
    });
}

void QboClient::resolveItemIds(const QStringList &codes, std::function<void(const Status &)> done)
{
    if (codes.isEmpty()) {
        done({});
        return;
    }
    QStringList quoted;
    for (const QString &c : codes) {
        quoted << QboJson::quoted(c);
    }
    QPointer<QboClient> self(this);
    runQuery(QStringLiteral("SELECT * FROM Item WHERE Name IN (%1) AND %2 MAXRESULTS 1000")
                 .arg(quoted.join(QStringLiteral(", ")), QboJson::activeAndArchived()),
        [=](const Result<QJsonObject> &json, const PacedReply &) {
            if (!self) {
                return;
            }
            if (!json) {
                done(json.error());
                return;
            }
            const QJsonArray found =
                json->value(QStringLiteral("QueryResponse")).toObject().value(QStringLiteral("Item")).toArray();
            for (const auto &v : found) {
                remember(QStringLiteral("Item"), v.toObject());
            }
            done({});
        });
}

void QboClient::readSyncTokens(const QString &entity, const QStringList &ids, std::function<void(const Status &)> done)
{
    if (ids.isEmpty()) {
        done({});
        return;
    }
    QStringList quoted;
    for (const QString &id : ids) {
        quoted << QboJson::quoted(id);
        m_syncTokens.remove(QboBatch::tokenKey(entity, id));
    }
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE Id IN (%2)").arg(entity, quoted.join(QStringLiteral(", ")));
    if (entity == QLatin1String("Customer") || entity == QLatin1String("Item")) {
        sql += QStringLiteral(" AND ") + QboJson::activeAndArchived();
    }
    sql += QStringLiteral(" MAXRESULTS 1000");
    QPointer<QboClient> self(this);
    runQuery(sql, [=](const Result<QJsonObject> &json, const PacedReply &) {
        if (!self) {
            return;
        }
        if (!json) {
            done(json.error());
            return;
        }
        const QJsonArray found = json->value(QStringLiteral("QueryResponse")).toObject().value(entity).toArray();
        for (const auto &v : found) {
            remember(entity, v.toObject());
        }
        // An id QBO did not return has no token: its update fails alone with QBO's own answer.
        done({});
    });
}

void QboClient::write(const QString &entity, const QList<Element> &elements, WriteCallback callback)
{
    Q_ASSERT(elements.size() <= maxBatchSize());
    QStringList missing;
    for (const auto &e : elements) {
        if (!e.remoteId.isEmpty() && !m_syncTokens.contains(QboBatch::tokenKey(entity, e.remoteId))) {
            missing << e.remoteId;
        }
    }
    QPointer<QboClient> self(this);
    readSyncTokens(entity, missing, [=](const Status &read) {
        if (!self) {
            return;
        }
        if (!read) {
            callback(read.error());
            return;
        }
        sendBatch(entity, elements, [=](const Result<QList<WriteOutcome>> &outcomes, const QList<int> &stale) {
            if (!self) {
                return;
            }
            if (!outcomes || stale.isEmpty()) {
                callback(outcomes);
                return;
            }
            // Someone changed these records since we read them (Fault 5010): read the current
            // SyncTokens and send them once more; a second 5010 fails the record.
            QList<Element> again;
            QStringList ids;
            for (int i : stale) {
                again << elements.at(i);
                ids << elements.at(i).remoteId;
            }
            qCInfo(lcProvidersQbo) << "qbo" << entity << stale.size() << "stale SyncToken(s): re-read and retry once";
            readSyncTokens(entity, ids, [=](const Status &reread) {
                if (!self) {
                    return;
                }
                if (!reread) {
                    QList<WriteOutcome> all = outcomes.value();
                    for (int i : stale) {
                        all[i].error = reread.error();
                    }
                    callback(all);
                    return;
                }
                sendBatch(entity, again, [=](const Result<QList<WriteOutcome>> &retried, const QList<int> &) {
                    // The first batch's successes stand whatever happens to the retry.
                    QList<WriteOutcome> all = outcomes.value();
                    for (int k = 0; k < stale.size(); ++k) {
                        if (retried) {
                            all[stale.at(k)] = retried->at(k);
                        } else {
                            all[stale.at(k)].error = retried.error();
                        }
                    }
                    callback(all);
                });
            });
        });
    });
}

void QboClient::sendBatch(const QString &entity, const QList<Element> &elements, BatchCallback callback)
{
    const QboBatch batch(entity, elements, m_syncTokens);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("requestid"), batch.requestId());
    QPointer<QboClient> self(this);
    call("POST", QStringLiteral("batch"), q, batch.body(),
        [=](const Result<QJsonObject> &json, const PacedReply &reply) {
            if (!self) {
                return;
            }
            if (!json) {
                callback(json.error(), {});
                return;
            }
            auto parsed = batch.parse(json.value(), QboReply::correlationId(reply));
            if (!parsed) {
                callback(parsed.error(), {});
                return;
            }
            for (const QJsonObject &record : parsed->records) {
                remember(entity, record);
            }
            callback(parsed->outcomes, parsed->stale);
        });
}

void QboClient::findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback)
{
    Q_UNUSED(externalKey)
    QPointer<QboClient> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, callback]() {
            if (self) {
                callback(std::optional<RemoteContact>());
            }
        },
        Qt::QueuedConnection);
}

void QboClient::findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback)
{
    const QString entity = QboInvoiceMapper::entityName(kind);
    QPointer<QboClient> self(this);
    runQuery(QStringLiteral("SELECT * FROM %1 WHERE DocNumber = %2").arg(entity, QboJson::quoted(number)),
        [=](const Result<QJsonObject> &json, const PacedReply &) {
            if (!self) {
                return;
            }
            if (!json) {
                callback(json.error());
                return;
            }
            const QJsonArray found = json->value(QStringLiteral("QueryResponse")).toObject().value(entity).toArray();
            if (found.isEmpty()) {
                callback(std::optional<RemoteInvoice>());
                return;
            }
            auto invoice = QboInvoiceMapper::fromJson(kind, found.first().toObject());
            if (!invoice) {
                callback(invoice.error());
                return;
            }
            remember(entity, found.first().toObject());
            callback(std::optional<RemoteInvoice>(invoice.value()));
        });
}

} // namespace Ledgerlink
