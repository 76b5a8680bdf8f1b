#include "sageclient.h"

#include "logging.h"
#include "providers/sagecontactmapper.h"
#include "providers/sagedeletions.h"
#include "providers/sageinvoicemapper.h"
#include "providers/sagejson.h"
#include "providers/sageledgeraccountmapper.h"
#include "providers/sagepaymentmapper.h"
#include "providers/sageproductmapper.h"
#include "providers/sagereply.h"
#include "providers/sagetaxratemapper.h"
#include "providers/sagetransport.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ledgerlink {

namespace {

/// Our lookups compare exactly; Sage's search only narrows the list down.
QUrlQuery search(const QString &text)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    return q;
}

} // namespace

SageClient::SageClient(
    QNetworkAccessManager *network, AccessTokenSource *tokens, Config config, const Clock &clock, QObject *parent)
    : ProviderClient(parent)
    , m_config(std::move(config))
    , m_transport(
          new SageTransport(network, tokens, m_config.apiBaseUrl, m_config.businessId, m_config.pacing, clock, this))
{
    m_config.maxBatchSize = qMax(1, m_config.maxBatchSize);
    m_config.pageSize = qBound(1, m_config.pageSize, 200);
    connect(&m_transport->pacer(), &RequestPacer::waitingForRateLimit, this, &ProviderClient::waitingForRateLimit);
}

SageClient::~SageClient() = default;

RequestPacer &SageClient::pacer()
{
    return m_transport->pacer();
}

template <typename T>
void SageClient::list(const QString &collection, const ListQuery &query,
    std::function<Result<QList<T>>(const QJsonObject &)> mapper, ListCallback<T> callback)
{
    QUrlQuery q;
    if (query.modifiedSince.isValid()) {
        q.addQueryItem(QStringLiteral("updated_or_created_since"), SageJson::queryTime(query.modifiedSince));
    }
    QPointer<SageClient> self(this);
    m_transport->page(collection, q, query.page, query.pageSize > 0 ? query.pageSize : pageSize(),
        [=](const Result<SageTransport::Page> &page) {
            if (!self) {
                return;
            }
            if (!page) {
                callback(page.error());
                return;
            }
            RemotePage<T> out;
            out.hasMore = page->hasMore;
            out.serverTime = page->serverTime;
            out.correlationId = page->correlationId;
            for (const QJsonObject &record : page->items) {
                Result<QList<T>> mapped = mapper(record);
                if (!mapped) {
                    // One unreadable record spoils the page: nothing of it is applied.
                    callback(mapped.error());
                    return;
                }
                out.records.append(mapped.value());
            }
            callback(out);
        });
}

void SageClient::listAccounts(const ListQuery &query, ListCallback<RemoteAccount> callback)
{
    SageTransport *transport = m_transport;
    list<RemoteAccount>(
        QStringLiteral("ledger_accounts"), query,
        [transport](const QJsonObject &json) -> Result<QList<RemoteAccount>> {
            auto r = SageLedgerAccountMapper::fromJson(json);
            if (!r) {
                return r.error();
            }
            transport->rememberLedger(json);
            return QList<RemoteAccount> { r.value() };
        },
        callback);
}

void SageClient::listTaxRates(ListCallback<RemoteTaxRate> callback)
{
    // A short list, read whole: the engine asks for it once, without paging.
    const QDateTime asked = m_transport->clock().now().toUTC();
    QPointer<SageClient> self(this);
    m_transport->fetchAll(QStringLiteral("tax_rates"), {}, [=](const Result<QList<QJsonObject>> &records) {
        if (!self) {
            return;
        }
        if (!records) {
            callback(records.error());
            return;
        }
        RemotePage<RemoteTaxRate> page;
        page.serverTime = asked;
        for (const QJsonObject &json : records.value()) {
            auto r = SageTaxRateMapper::fromJson(json);
            if (!r) {
                callback(r.error());
                return;
            }
            page.records.append(r.value());
        }
        callback(page);
    });
}

void SageClient::listContacts(const ListQuery &query, ListCallback<RemoteContact> callback)
{
    list<RemoteContact>(
        QStringLiteral("contacts"), query,
        [](const QJsonObject &json) -> Result<QList<RemoteContact>> {
            if (!SageContactMapper::isCustomer(json)) {
                return QList<RemoteContact>(); // a supplier only: not ours
            }
            auto r = SageContactMapper::fromJson(json);
            if (!r) {
                return r.error();
            }
            return QList<RemoteContact> { r.value() };
        },
        SageDeletions::contacts(m_transport, query, std::move(callback)));
}

void SageClient::listItems(const ListQuery &query, ListCallback<RemoteItem> callback)
{
    callback = SageDeletions::products(m_transport, query, std::move(callback));
    QUrlQuery q;
    if (query.modifiedSince.isValid()) {
        q.addQueryItem(QStringLiteral("updated_or_created_since"), SageJson::queryTime(query.modifiedSince));
    }
    QPointer<SageClient> self(this);
    m_transport->page(QStringLiteral("products"), q, query.page, query.pageSize > 0 ? query.pageSize : pageSize(),
        [=](const Result<SageTransport::Page> &page) {
            if (!self) {
                return;
            }
            if (!page) {
                callback(page.error());
                return;
            }
            // Products name their ledger account by id; our items by nominal code.
            bool unknownLedger = false;
            for (const QJsonObject &record : page->items) {
                const auto ledger = SageJson::linkId(record, QStringLiteral("sales_ledger_account"), QString());
                unknownLedger = unknownLedger
                    || (ledger && !ledger->isEmpty() && !m_transport->ledgerCodeById().contains(ledger.value()));
            }
            auto map = [=](const Status &ledgers) {
                if (!self) {
                    return;
                }
                if (!ledgers) {
                    callback(ledgers.error());
                    return;
                }
                RemotePage<RemoteItem> out;
                out.hasMore = page->hasMore;
                out.serverTime = page->serverTime;
                out.correlationId = page->correlationId;
                for (const QJsonObject &record : page->items) {
                    auto mapped = SageProductMapper::fromJson(record, m_transport->ledgerCodeById());
                    if (!mapped) {
                        callback(mapped.error());
                        return;
                    }
                    m_transport->rememberProduct(record);
                    out.records.append(mapped.value());
                }
                callback(out);
            };
            if (unknownLedger) {
                m_transport->ensureLedgers(map);
            } else {
                map({});
            }
        });
}

void SageClient::listPayments(const ListQuery &query, ListCallback<RemotePayment> callback)
{
    list<RemotePayment>(QStringLiteral("contact_payments"), query, &SagePaymentMapper::fromJson, callback);
}

void SageClient::sendEach(const QList<ElementSend> &elements, WriteCallback callback)
{
    struct State
    {
        QList<std::optional<Result<WriteOutcome>>> results;
        int pending = 0;
    };
    if (elements.isEmpty()) {
        QPointer<SageClient> self(this);
        QMetaObject::invokeMethod(
            this,
            [self, callback]() {
                if (self) {
                    callback(QList<WriteOutcome>());
                }
            },
            Qt::QueuedConnection);
        return;
    }
    auto state = std::make_shared<State>();
    state->results.resize(elements.size());
    state->pending = int(elements.size());
    for (int i = 0; i < elements.size(); ++i) {
        elements.at(i)([state, i, callback](const Result<WriteOutcome> &outcome) {
            if (state->results.at(i).has_value()) {
                return; // exactly one answer per element
            }
            state->results[i] = outcome;
            if (--state->pending > 0) {
                return;
            }
            // Every element has answered: only now may the engine act on any of them.
            QList<WriteOutcome> all;
            for (const auto &r : std::as_const(state->results)) {
                if (!r->ok()) {
                    callback(r->error());
                    return;
                }
                all.append(r->value());
            }
            callback(all);
        });
    }
}

void SageClient::writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback)
{
    QList<ElementSend> elements;
    for (const ContactWrite &c : contacts) {
        elements << [this, c](ElementDone done) {
            m_transport->writeRecord(QStringLiteral("contacts"), QStringLiteral("contact"), c.localId, c.remoteId,
                SageContactMapper::toJson(c), done, {}, [](const QJsonObject &record) {
                    auto read = SageContactMapper::fromJson(record);
                    return read ? read->version : QString();
                });
        };
    }
    sendEach(elements, callback);
}

void SageClient::writeItems(const QList<ItemWrite> &items, WriteCallback callback)
{
    QPointer<SageClient> self(this);
    m_transport->ensureLedgers([=](const Status &ledgers) {
        if (!self) {
            return;
        }
        if (!ledgers) {
            callback(ledgers.error());
            return;
        }
        QList<ElementSend> elements;
        for (const ItemWrite &i : items) {
            elements << [this, i](ElementDone done) {
                SageTransport *transport = m_transport;
                m_transport->writeRecord(
                    QStringLiteral("products"), QStringLiteral("product"), i.localId, i.remoteId,
                    SageProductMapper::toJson(i, m_transport->ledgerIdByCode()), done,
                    [transport](const QJsonObject &record) { transport->rememberProduct(record); },
                    [transport](const QJsonObject &record) {
                        auto read = SageProductMapper::fromJson(record, transport->ledgerCodeById());
                        return read && !read->isEmpty() ? read->constFirst().version : QString();
                    });
            };
        }
        sendEach(elements, callback);
    });
}

void SageClient::writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback)
{
    QStringList codes;
    for (const InvoiceWrite &i : invoices) {
        for (const InvoiceLine &line : i.invoice.lines) {
            if (const QString code = i.references.itemCodes.value(line.itemId); line.itemId && !code.isEmpty()) {
                codes << code;
            }
        }
    }
    QPointer<SageClient> self(this);
    m_transport->ensureLedgers([=](const Status &ledgers) {
        if (!self) {
            return;
        }
        if (!ledgers) {
            callback(ledgers.error());
            return;
        }
        m_transport->ensureProducts(codes, [=](const Status &products) {
            if (!self) {
                return;
            }
            if (!products) {
                callback(products.error());
                return;
            }
            const QString collection = SageInvoiceMapper::collection(kind);
            QList<ElementSend> elements;
            for (const InvoiceWrite &i : invoices) {
                if (i.voidIt) {
                    elements << [this, i, collection](ElementDone done) {
                        m_transport->voidRecord(collection, i.localId, i.remoteId, done);
                    };
                    continue;
                }
                const QJsonObject body =
                    SageInvoiceMapper::toJson(i, m_transport->ledgerIdByCode(), m_transport->productIdByCode());
                elements << [this, i, kind, collection, body](ElementDone done) {
                    m_transport->writeRecord(
                        collection, SageInvoiceMapper::singular(kind), i.localId, i.remoteId, body, done);
                };
            }
            sendEach(elements, callback);
        });
    });
}

void SageClient::writePayments(const QList<PaymentWrite> &payments, WriteCallback callback)
{
    QPointer<SageClient> self(this);
    m_transport->ensureLedgers([=](const Status &ledgers) {
        if (!self) {
            return;
        }
        if (!ledgers) {
            callback(ledgers.error());
            return;
        }
        QList<ElementSend> elements;
        for (const PaymentWrite &p : payments) {
            elements << [this, p](ElementDone done) { sendPayment(p, done); };
        }
        sendEach(elements, callback);
    });
}

void SageClient::sendPayment(const PaymentWrite &payment, ElementDone done)
{
    if (!payment.remoteId.isEmpty() || payment.invoiceKind != InvoiceKind::Invoice) {
        done(WriteOutcome { payment.localId, false, {}, {},
            Error(Error::Kind::Item,
                payment.remoteId.isEmpty()
                    ? tr("Ledgerlink sends payments to Sage for invoices only, not for credit notes.")
                    : tr("Sage does not change a recorded payment. Delete the payment in Sage and record it again."),
                QStringLiteral("payment %1 remote %2").arg(payment.localId).arg(payment.remoteId)),
            {} });
        return;
    }
    // Sage wants the payer on the receipt; the invoice knows it.
    const QString collection = SageInvoiceMapper::collection(InvoiceKind::Invoice);
    QPointer<SageClient> self(this);
    m_transport->call("GET", collection + QLatin1Char('/') + payment.invoiceRemoteId, {}, {},
        [=](const Result<QJsonValue> &json, const PacedReply &reply) {
            if (!self) {
                return;
            }
            if (!json) {
                if (json.error().kind() == Error::Kind::Item) {
                    done(
                        WriteOutcome { payment.localId, false, {}, {}, json.error(), SageReply::correlationId(reply) });
                } else {
                    done(json.error());
                }
                return;
            }
            auto contact =
                SageJson::linkId(json->toObject(), QStringLiteral("contact"), QStringLiteral("invoice"), true);
            if (!contact) {
                done(contact.error());
                return;
            }
            const QString bank = m_transport->ledgerIdByCode().value(payment.accountCode, payment.accountCode);
            m_transport->writeRecord(QStringLiteral("contact_payments"), QStringLiteral("contact_payment"),
                payment.localId, {}, SagePaymentMapper::toJson(payment, contact.value(), bank), done);
        });
}

void SageClient::findContactByKey(const QString &externalKey, LookupCallback<RemoteContact> callback)
{
    QPointer<SageClient> self(this);
    m_transport->fetchAll(
        QStringLiteral("contacts"), search(externalKey), [=](const Result<QList<QJsonObject>> &records) {
            if (!self) {
                return;
            }
            if (!records) {
                callback(records.error());
                return;
            }
            for (const QJsonObject &json : records.value()) {
                if (json.value(QStringLiteral("reference"))
                        .toString()
                        .trimmed()
                        .compare(externalKey.trimmed(), Qt::CaseInsensitive)
                    != 0) {
                    continue;
                }
                auto contact = SageContactMapper::fromJson(json);
                if (!contact) {
                    callback(contact.error());
                    return;
                }
                callback(std::optional<RemoteContact>(contact.value()));
                return;
            }
            callback(std::optional<RemoteContact>());
        });
}

void SageClient::findInvoiceByNumber(InvoiceKind kind, const QString &number, LookupCallback<RemoteInvoice> callback)
{
    QPointer<SageClient> self(this);
    m_transport->fetchAll(
        SageInvoiceMapper::collection(kind), search(number), [=](const Result<QList<QJsonObject>> &records) {
            if (!self) {
                return;
            }
            if (!records) {
                callback(records.error());
                return;
            }
            for (const QJsonObject &json : records.value()) {
                const bool ours = json.value(QStringLiteral("reference")).toString().trimmed() == number.trimmed()
                    || json.value(QStringLiteral("invoice_number")).toString().trimmed() == number.trimmed()
                    || json.value(QStringLiteral("credit_note_number")).toString().trimmed() == number.trimmed();
                if (!ours) {
                    continue;
                }
                auto invoice = SageInvoiceMapper::fromJson(kind, json);
                if (!invoice) {
                    callback(invoice.error());
                    return;
                }
                qCInfo(lcProvidersSage) << "sage: found" << SageInvoiceMapper::singular(kind) << "by number";
                callback(std::optional<RemoteInvoice>(invoice.value()));
                return;
            }
            callback(std::optional<RemoteInvoice>());
        });
}

} // namespace Ledgerlink
