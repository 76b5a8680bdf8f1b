#include "xeroclient.h"

#include "logging.h"
#include "providers/accesstokensource.h"
#include "providers/xeroaccountmapper.h"
#include "providers/xerocontactmapper.h"
#include "providers/xerodate.h"
#include "providers/xeroinvoicemapper.h"
#include "providers/xeroitemmapper.h"
#include "providers/xerojson.h"
#include "providers/xeropaymentmapper.h"
#include "providers/xeroreply.h"
#include "providers/xerotaxratemapper.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>

namespace Ledgerlink {

XeroClient::XeroClient(
    QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock, QObject *parent)
    : ProviderClient(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_pacer(new RequestPacer(network, clock, m_config.pacing, this))
{
    connect(m_pacer, &RequestPacer::waitingForRateLimit, this, &ProviderClient::waitingForRateLimit);
}

XeroClient::~XeroClient() = default;

QByteArray XeroClient::httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

void XeroClient::call(const QByteArray &method, const QString &entity, const QUrlQuery &query, const QByteArray &body,
    const QHash<QByteArray, QByteArray> &headers, JsonCallback callback, bool authRetried)
{
    QPointer<XeroClient> self(this);
    m_tokens->accessToken(this, [=](const Result<QString> &token) {
        if (!self) {
            return;
        }
        if (!token) {
            callback(token.error(), PacedReply());
            return;
        }
        QUrl url = m_config.apiBaseUrl;
        url.setPath(url.path() + QLatin1Char('/') + entity);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token->toLatin1());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("xero-tenant-id", m_config.tenantId.toLatin1());
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            request.setRawHeader(it.key(), it.value());
        }
        const QString usedToken = token.value();
        m_pacer->send(method, request, body, this, [=](const PacedReply &reply) {
            qCDebug(lcProvidersXero) << method << entity << reply.status << "attempts" << reply.attempts
                                     << "correlation" << XeroReply::correlationId(reply);
            if (reply.status == 401 && !authRetried) {
                // An expired token: one new token, the same request once more.
                m_tokens->invalidate(usedToken);
                call(method, entity, query, body, headers, callback, true);
                return;
            }
            callback(XeroReply::parse(reply, m_clock), reply);
        });
    });
}

QDateTime XeroClient::serverTime(const QJsonObject &root, const PacedReply &reply) const
{
    if (const auto t = XeroDate::parse(root.value(QStringLiteral("DateTimeUTC")).toString())) {
        return t->toUTC();
    }
    const QDateTime header = QLocale::c().toDateTime(
        QString::fromLatin1(reply.header("date")).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (header.isValid()) {
        return QDateTime(header.date(), header.time(), Qt::UTC);
    }
    return m_clock.now().toUTC();
}

template <typename T>
void XeroClient::list(const QString &entity, const ListQuery &query, bool paged, bool incremental,
    std::function<Result<T>(const QJsonObject &)> mapper, ListCallback<T> callback)
{
    QUrlQuery q;
    if (paged) {
        q.addQueryItem(QStringLiteral("page"), QString::number(qMax(1, query.page)));
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(query.pageSize > 0 ? query.pageSize : pageSize()));
    }
    if (entity == QLatin1String("Contacts")) {
        q.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true"));
    }
    QHash<QByteArray, QByteArray> headers;
    if (incremental && query.modifiedSince.isValid()) {
        headers.insert("If-Modified-Since", httpDate(query.modifiedSince));
    }
    call("GET", entity, q, {}, headers, [=](const Result<QJsonObject> &json, const PacedReply &reply) {
        if (!json) {
            callback(json.error());
            return;
        }
        const QJsonValue listValue = json->value(entity);
        if (!listValue.isArray()) {
            callback(XeroJson::reader().malformed(entity, QStringLiteral("reply has no %1 array").arg(entity)));
            return;
        }
        RemotePage<T> page;
        page.correlationId = XeroReply::correlationId(reply);
        page.serverTime = serverTime(json.value(), reply);
        const QJsonArray array = listValue.toArray();
        for (const auto &value : array) {
            if (!value.isObject()) {
                callback(
                    XeroJson::reader().malformed(entity, QStringLiteral("%1 element is not an object").arg(entity)));
                return;
            }
            Result<T> record = mapper(value.toObject());
            if (!record) {
                // One unreadable record spoils the page: nothing of it is applied.
                callback(record.error());
                return;
            }
            page.records.append(record.value());
        }
        if (paged) {
            const QJsonObject pagination = json->value(QStringLiteral("pagination")).toObject();
            page.hasMore = pagination.isEmpty() ? array.size() >= (query.pageSize > 0 ? query.pageSize : pageSize())
                                                : pagination.value(QStringLiteral("page")).toInt()
                    < pagination.value(QStringLiteral("pageCount")).toInt();
        }
        callback(page);
    });
}

void XeroClient::listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback)
{
    list<RemoteAccount>(QStringLiteral("Accounts"), query, false, true, &XeroAccountMapper::fromJson, callback);
}

void XeroClient::listTaxRates(ListCallback<RemoteTaxRate> callback)
{
    list<RemoteTaxRate>(QStringLiteral("TaxRates"), {}, false, false, &XeroTaxRateMapper::fromJson, callback);
}

void XeroClient::listContacts(const ListQuery &query, ListCallback<RemoteContact> callback)
{
    list<RemoteContact>(QStringLiteral("Contacts"), query, true, true, &XeroContactMapper::fromJson, callback);
}

void XeroClient::listItems(const ListQuery &query, ListCallback<RemoteItem> callback)
{
    list<RemoteItem>(QStringLiteral("Items"), query, false, true, &XeroItemMapper::fromJson, callback);
}

void XeroClient::listPayments(const ListQuery &query, ListCallback<RemotePayment> callback)
{
    list<RemotePayment>(QStringLiteral("Payments"), query, true, true, &XeroPaymentMapper::fromJson, callback);
}

void XeroClient::writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &c : contacts) {
        elements.append({ c.localId, c.idempotencyKey, XeroContactMapper::toJson(c), !c.remoteId.isEmpty() });
    }
    write(QStringLiteral("Contacts"), QStringLiteral("ContactID"), elements, callback);
}

void XeroClient::writeItems(const QList<ItemWrite> &items, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &i : items) {
        elements.append({ i.localId, i.idempotencyKey, XeroItemMapper::toJson(i), !i.remoteId.isEmpty() });
    }
    write(QStringLiteral("Items"), QStringLiteral("ItemID"), elements, callback);
}

void XeroClient::writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &i : invoices) {
        elements.append({ i.localId, i.idempotencyKey, XeroInvoiceMapper::toJson(i), !i.remoteId.isEmpty() });
    }
    write(XeroInvoiceMapper::entityName(kind), XeroInvoiceMapper::idField(kind), elements, callback);
}

void XeroClient::writePayments(const QList<PaymentWrite> &payments, WriteCallback callback)
{
    QList<Element> elements;
    for (const auto &p : payments) {
        // Always a create: an existing Xero payment cannot be edited (the engine never asks to).
        elements.append({ p.localId, p.idempotencyKey, XeroPaymentMapper::toJson(p), false });
    }
    write(QStringLiteral("Payments"), QStringLiteral("PaymentID"), elements, callback);
}

void XeroClient::write(
    const QString &entity, const QString &idField, const QList<Element> &elements, WriteCallback callback)
{
    QList<Element> creates;
    QList<Element> updates;
    for (const auto &e : elements) {
        (e.update ? updates : creates).append(e);
    }
    if (creates.isEmpty() || updates.isEmpty()) {
        writeOne(entity, idField, creates.isEmpty() ? "POST" : "PUT", elements, callback);
        return;
    }
    QPointer<XeroClient> self(this);
    writeOne(entity, idField, "PUT", creates, [=](const Result<QList<WriteOutcome>> &created) {
        if (!self) {
            return;
        }
        if (!created) {
            callback(created);
            return;
        }
        writeOne(entity, idField, "POST", updates, [=](const Result<QList<WriteOutcome>> &updated) {
            if (!updated) {
                callback(updated);
                return;
            }
            QList<WriteOutcome> all;
            int c = 0;
            int u = 0;
            for (const auto &e : elements) {
                all.append(e.update ? updated->at(u++) : created->at(c++));
            }
            callback(all);
        });
    });
}

void XeroClient::writeOne(const QString &entity, const QString &idField, const QByteArray &method,
    const QList<Element> &elements, WriteCallback callback)
{
    Q_ASSERT(elements.size() <= maxBatchSize());
    QJsonArray array;
    QStringList keys;
    for (const auto &e : elements) {
        array.append(e.json);
        keys << e.key;
    }
    const QByteArray body = QJsonDocument(QJsonObject { { entity, array } }).toJson(QJsonDocument::Compact);
    QHash<QByteArray, QByteArray> headers;
    // One request, one key: the hash of its elements' keys (each derived from integration, entity,
    // local id and local version), so the same batch sent again is the same request to Xero.
    headers.insert("Idempotency-Key",
        QCryptographicHash::hash(
            QByteArray(method + ' ' + keys.join(QLatin1Char('\n')).toUtf8()), QCryptographicHash::Sha256)
            .toHex());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
    call(method, entity, q, body, headers, [=](const Result<QJsonObject> &json, const PacedReply &reply) {
        if (!json) {
            callback(json.error());
            return;
        }
        const QString correlation = XeroReply::correlationId(reply);
        const QJsonArray answered = json->value(entity).toArray();
        if (answered.size() != elements.size()) {
            callback(XeroJson::reader().malformed(
                entity, QStringLiteral("sent %1 elements, %2 came back").arg(elements.size()).arg(answered.size())));
            return;
        }
        QList<WriteOutcome> outcomes;
        for (int i = 0; i < elements.size(); ++i) {
            const QJsonObject element = answered.at(i).toObject();
            WriteOutcome o;
            o.localId = elements.at(i).localId;
            o.correlationId = correlation;
            const QString status = element.value(QStringLiteral("StatusAttributeString")).toString();
            const QStringList messages = XeroReply::validationMessages(element);
            if (status == QLatin1String("ERROR") || (status.isEmpty() && !messages.isEmpty())) {
                o.error = Error(Error::Kind::Item,
                    XeroReply::tr("Xero refused the record: %1").arg(messages.join(QLatin1Char(' '))),
                    QStringLiteral("%1 element %2, correlation id %3").arg(entity).arg(i).arg(correlation));
            } else if (element.value(idField).toString().isEmpty()) {
                o.error =
                    XeroJson::reader().malformed(entity, QStringLiteral("element %1 has no %2").arg(i).arg(idField));
            } else {
                o.ok = true;
                o.remoteId = element.value(idField).toString();
                const auto updated = XeroDate::parse(element.value(QStringLiteral("UpdatedDateUTC")).toString());
                o.version = updated ? QString::number(updated->toMSecsSinceEpoch()) : QString();
            }
            outcomes.append(o);
        }
        callback(outcomes);
    });
}

void XeroClient::findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback)
{
    QString key = externalKey;
    key.remove(QLatin1Char('"'));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("where"), QStringLiteral("ContactNumber==\"%1\"").arg(key));
    q.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true"));
    call("GET", QStringLiteral("Contacts"), q, {}, {}, [=](const Result<QJsonObject> &json, const PacedReply &) {
        if (!json) {
            callback(json.error());
            return;
        }
        const QJsonArray found = json->value(QStringLiteral("Contacts")).toArray();
        if (found.isEmpty()) {
            callback(std::optional<RemoteContact>());
            return;
        }
        auto contact = XeroContactMapper::fromJson(found.first().toObject());
        if (!contact) {
            callback(contact.error());
            return;
        }
        callback(std::optional<RemoteContact>(contact.value()));
    });
}

void XeroClient::findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback)
{
    QString n = number;
    n.remove(QLatin1Char('"'));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("where"),
        QStringLiteral("%1==\"%2\" AND Status!=\"DELETED\"").arg(XeroInvoiceMapper::numberField(kind), n));
    const QString entity = XeroInvoiceMapper::entityName(kind);
    call("GET", entity, q, {}, {}, [=](const Result<QJsonObject> &json, const PacedReply &) {
        if (!json) {
            callback(json.error());
            return;
        }
        const QJsonArray found = json->value(entity).toArray();
        if (found.isEmpty()) {
            callback(std::optional<RemoteInvoice>());
            return;
        }
        auto invoice = XeroInvoiceMapper::fromJson(kind, found.first().toObject());
        if (!invoice) {
            callback(invoice.error());
            return;
        }
        callback(std::optional<RemoteInvoice>(invoice.value()));
    });
}

} // namespace Ledgerlink
