#include "myobclient.h"

#include "logging.h"
#include "providers/accesstokensource.h"
#include "providers/myobaccountmapper.h"
#include "providers/myobcustomermapper.h"
#include "providers/myobinvoicemapper.h"
#include "providers/myobitemmapper.h"
#include "providers/myobjson.h"
#include "providers/myobpaymentmapper.h"
#include "providers/myobreply.h"
#include "providers/myobtaxcodemapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ledgerlink {

namespace {

const QString kCustomer = QStringLiteral("Contact/Customer");
const QString kItem = QStringLiteral("Inventory/Item");
const QString kTaxCode = QStringLiteral("GeneralLedger/TaxCode");
const QString kAccount = QStringLiteral("GeneralLedger/Account");
const QString kPayment = QStringLiteral("Sale/CustomerPayment");

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

} // namespace

MyobClient::MyobClient(
    QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock, QObject *parent)
    : ProviderClient(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_pacer(new RequestPacer(network, clock, m_config.pacing, this))
{
    m_pacer->setRateLimitTest(&MyobReply::isRateLimit);
    // MYOB has no idempotency key: a POST is never replayed by the pacer (see writeOne()).
    m_pacer->setReplayTest([](const QByteArray &method) { return method != "POST"; });
    connect(m_pacer, &RequestPacer::waitingForRateLimit, this, &ProviderClient::waitingForRateLimit);
}

MyobClient::~MyobClient() = default;

void MyobClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
    bool bodyRequired, JsonCallback callback, bool authRetried)
{
    QPointer<MyobClient> self(this);
    m_tokens->accessToken(this, [=](const Result<QString> &token) {
        if (!self) {
            return;
        }
        if (!token) {
            callback(token.error(), PacedReply());
            return;
        }
        QUrl url = m_config.apiBaseUrl;
        url.setPath(url.path() + QLatin1Char('/') + m_config.businessId + QLatin1Char('/') + path);
        if (!query.isEmpty()) {
            url.setQuery(query);
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token->toLatin1());
        request.setRawHeader("x-myobapi-key", m_config.apiKey.toLatin1());
        request.setRawHeader("x-myobapi-version", "v2");
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        const QString usedToken = token.value();
        m_pacer->send(method, request, body, this, [=](const PacedReply &reply) {
            qCDebug(lcProvidersMyob) << "myob" << method << path << reply.status << "attempts" << reply.attempts;
            if (reply.status == 401 && !authRetried) {
                // An expired access token (MYOB's last 20 minutes): one new token, the same request once more.
                m_tokens->invalidate(usedToken);
                call(method, path, query, body, bodyRequired, callback, true);
                return;
            }
            callback(MyobReply::parse(reply, bodyRequired), reply);
        });
    });
}

template <typename T>
void MyobClient::list(const QString &entity, const ListQuery &query, const QString &filter,
    std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback)
{
    const int size = query.pageSize > 0 ? qMin(query.pageSize, 1000) : pageSize();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("$top"), QString::number(size));
    q.addQueryItem(QStringLiteral("$skip"), QString::number((qMax(1, query.page) - 1) * size));
    QString where = filter;
    if (where.isEmpty() && query.modifiedSince.isValid()) {
        where = MyobJson::modifiedSince(query.modifiedSince);
    }
    if (!where.isEmpty()) {
        q.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(where)));
    }
    QPointer<MyobClient> self(this);
    call("GET", entity, q, {}, true, [=](const Result<QJsonObject> &json, const PacedReply &reply) {
        if (!self) {
            return;
        }
        if (!json) {
            callback(json.error());
            return;
        }
        const QJsonValue items = json->value(QStringLiteral("Items"));
        if (!items.isArray()) {
            callback(MyobJson::reader().malformed(entity, QStringLiteral("%1: reply has no Items array").arg(entity)));
            return;
        }
        const QJsonValue next = json->value(QStringLiteral("NextPageLink"));
        if (!next.isUndefined() && !next.isNull() && !next.isString()) {
            callback(
                MyobJson::reader().malformed(entity, QStringLiteral("%1: NextPageLink is not a link").arg(entity)));
            return;
        }
        RemotePage<T> page;
        page.correlationId = MyobReply::correlationId(reply);
        page.serverTime = MyobReply::serverTime(reply, m_clock);
        const QJsonArray array = items.toArray();
        for (const auto &value : array) {
            if (!value.isObject()) {
                callback(MyobJson::reader().malformed(
                    entity, QStringLiteral("%1: an Items element is not an object").arg(entity)));
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
        page.hasMore = !next.toString().isEmpty();
        callback(page);
    });
}

void MyobClient::remember(const QString &entity, const QJsonObject &record)
{
    const QString uid = record.value(QStringLiteral("UID")).toString();
    if (uid.isEmpty()) {
        return;
    }
    m_rowVersions.insert(uid, MyobJson::rowVersion(record));
    if (entity == kTaxCode) {
        m_references.addTaxCode(uid, record.value(QStringLiteral("Code")).toString().trimmed());
    } else if (entity == kAccount) {
        m_references.addAccount(uid, record.value(QStringLiteral("DisplayID")).toString().trimmed());
    } else if (entity == kItem) {
        m_references.addItem(uid, record.value(QStringLiteral("Number")).toString().trimmed());
    } else if (entity.startsWith(QLatin1String("Sale/Invoice/"))) {
        m_invoiceLayouts.insert(uid, entity);
        m_invoiceCustomers.insert(
            uid, record.value(QStringLiteral("Customer")).toObject().value(QStringLiteral("UID")).toString());
    }
}

void MyobClient::listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback)
{
    list<RemoteAccount>(kAccount, query, {}, one(&MyobAccountMapper::fromJson), callback);
}

void MyobClient::listTaxRates(ListCallback<RemoteTaxRate> callback)
{
    // A company file has a few dozen tax codes: one page of the largest size holds them all.
    ListQuery all;
    all.pageSize = 1000;
    list<RemoteTaxRate>(kTaxCode, all, {}, one(&MyobTaxCodeMapper::fromJson),
        [callback](const Result<RemotePage<RemoteTaxRate>> &page) {
            if (page && page->hasMore) {
                callback(MyobJson::reader().malformed(
                    QStringLiteral("tax code"), QStringLiteral("more than 1000 tax codes")));
                return;
            }
            callback(page);
        });
}

void MyobClient::listContacts(const ListQuery &query, ListCallback<RemoteContact> callback)
{
    list<RemoteContact>(kCustomer, query, {}, one(&MyobCustomerMapper::fromJson), callback);
}

void MyobClient::listItems(const ListQuery &query, ListCallback<RemoteItem> callback)
{
    // Tax codes and accounts come first in every run, so their UIDs translate back to codes here.
    const MyobReferences *references = &m_references;
    list<RemoteItem>(
        kItem, query, {},
        [references](const QJsonObject &json) -> Result<QList<RemoteItem>> {
            auto r = MyobItemMapper::fromJson(json, *references);
            if (!r) {
                return r.error();
            }
            return QList<RemoteItem> { r.value() };
        },
        callback);
}

void MyobClient::listPayments(const ListQuery &query, ListCallback<RemotePayment> callback)
{
    list<RemotePayment>(kPayment, query, {}, &MyobPaymentMapper::fromJson, callback);
}

void MyobClient::readRecord(const QStringList &entities, const QString &uid, RecordCallback callback)
{
    if (entities.isEmpty()) {
        callback(Error(Error::Kind::Item, tr("MYOB does not have this record any more (%1).").arg(uid)), QString());
        return;
    }
    const QString entity = entities.first();
    QPointer<MyobClient> self(this);
    call("GET", entity + QLatin1Char('/') + uid, {}, {}, true,
        [=](const Result<QJsonObject> &json, const PacedReply &reply) {
            if (!self) {
                return;
            }
            if (!json && reply.status == 404) {
                readRecord(entities.mid(1), uid, callback);
                return;
            }
            if (json) {
                if (json->value(QStringLiteral("UID")).toString() != uid) {
                    callback(MyobJson::reader().malformed(
                                 entity, QStringLiteral("%1 %2: reply is another record").arg(entity, uid)),
                        entity);
                    return;
                }
                remember(entity, json.value());
            }
            callback(json, entity);
        });
}

void MyobClient::ensureReferences(const QStringList &taxCodes, const QStringList &accounts, StatusCallback done)
{
    // A code MYOB does not have is looked for once per client, not again on every batch.
    QSet<QString> wanted;
    for (const QString &c : taxCodes) {
        if (!c.isEmpty() && !m_references.hasTaxCode(c)) {
            wanted.insert(QStringLiteral("tax/") + c);
        }
    }
    for (const QString &a : accounts) {
        if (!a.isEmpty() && !m_references.hasAccount(a)) {
            wanted.insert(QStringLiteral("account/") + a);
        }
    }
    wanted.subtract(m_lookedFor);
    if (wanted.isEmpty()) {
        done({});
        return;
    }
    QPointer<MyobClient> self(this);
    listTaxRates([=](const Result<RemotePage<RemoteTaxRate>> &rates) {
        if (!self) {
            return;
        }
        if (!rates) {
            done(rates.error());
            return;
        }
        ListQuery all;
        all.pageSize = 1000;
        listAccounts(all, [=](const Result<RemotePage<RemoteAccount>> &read) {
            if (!self) {
                return;
            }
            if (!read) {
                done(read.error());
                return;
            }
            // A code still unknown now fails its record alone, with a message naming it.
            m_lookedFor.unite(wanted);
            done({});
        });
    });
}

void MyobClient::resolveItems(const QStringList &numbers, StatusCallback done)
{
    if (numbers.isEmpty()) {
        done({});
        return;
    }
    // One filtered read per item a line names that this client has not seen yet.
    auto left = std::make_shared<int>(int(numbers.size()));
    auto failure = std::make_shared<std::optional<Error>>();
    QPointer<MyobClient> self(this);
    for (const QString &number : numbers) {
        ListQuery q;
        q.pageSize = 2;
        list<RemoteItem>(
            kItem, q, QStringLiteral("Number eq %1").arg(MyobJson::literal(number)),
            [](const QJsonObject &) -> Result<QList<RemoteItem>> { return QList<RemoteItem>(); },
            [=](const Result<RemotePage<RemoteItem>> &page) {
                if (!self) {
                    return;
                }
                if (!page && !failure->has_value()) {
                    *failure = page.error();
                }
                if (--*left == 0) {
                    done(failure->has_value() ? Status(failure->value()) : Status());
                }
            });
    }
}

void MyobClient::findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback)
{
    ListQuery q;
    q.pageSize = 2;
    list<RemoteContact>(kCustomer, q, QStringLiteral("DisplayID eq %1").arg(MyobJson::literal(externalKey)),
        one(&MyobCustomerMapper::fromJson), [callback](const Result<RemotePage<RemoteContact>> &page) {
            if (!page) {
                callback(page.error());
                return;
            }
            callback(page->records.isEmpty() ? std::optional<RemoteContact>()
                                             : std::optional<RemoteContact>(page->records.first()));
        });
}

void MyobClient::findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback)
{
    if (kind != InvoiceKind::Invoice) {
        // Credit notes are never sent to MYOB (see writeInvoices): there is nothing to find.
        QTimer::singleShot(0, this, [callback]() { callback(std::optional<RemoteInvoice>()); });
        return;
    }
    // The invoice is in one of the two layouts: ask the Item one, then the Service one.
    const QString filter = QStringLiteral("Number eq %1").arg(MyobJson::literal(number));
    ListQuery q;
    q.pageSize = 2;
    QPointer<MyobClient> self(this);
    auto mapper = one(&MyobInvoiceMapper::fromJson);
    list<RemoteInvoice>(
        MyobInvoiceMapper::itemLayout(), q, filter, mapper, [=](const Result<RemotePage<RemoteInvoice>> &items) {
            if (!self) {
                return;
            }
            if (!items) {
                callback(items.error());
                return;
            }
            if (!items->records.isEmpty()) {
                callback(std::optional<RemoteInvoice>(items->records.first()));
                return;
            }
            list<RemoteInvoice>(MyobInvoiceMapper::serviceLayout(), q, filter, mapper,
                [callback](const Result<RemotePage<RemoteInvoice>> &services) {
                    if (!services) {
                        callback(services.error());
                        return;
                    }
                    callback(services->records.isEmpty() ? std::optional<RemoteInvoice>()
                                                         : std::optional<RemoteInvoice>(services->records.first()));
                });
        });
}

void MyobClient::lookUp(const Job &job, std::function<void(const Result<QString> &uid)> done)
{
    ListQuery q;
    q.pageSize = 2;
    // remember() in list() learns the found record's layout, customer and RowVersion.
    list<QString>(
        job.entity, q, QStringLiteral("%1 eq %2").arg(job.keyField, MyobJson::literal(job.keyValue)),
        [entity = job.entity](const QJsonObject &json) -> Result<QList<QString>> {
            auto uid = MyobJson::reader().string(json, QStringLiteral("UID"), entity, true);
            if (!uid) {
                return uid.error();
            }
            return QList<QString> { uid.value() };
        },
        [done](const Result<RemotePage<QString>> &page) {
            if (!page) {
                done(page.error());
                return;
            }
            done(page->records.value(0));
        });
}

} // namespace Ledgerlink
