// MyobClient's write side (the read side and the transport are in myobclient.cpp): MYOB takes one
// record per request, so a batch becomes single POST/PUT/DELETE requests answered in order.
#include "logging.h"
#include "myobclient.h"
#include "providers/myobcustomermapper.h"
#include "providers/myobinvoicemapper.h"
#include "providers/myobitemmapper.h"
#include "providers/myobjson.h"
#include "providers/myobpaymentmapper.h"
#include "providers/myobreply.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ledgerlink {

namespace {

const QString kCustomer = QStringLiteral("Contact/Customer");
const QString kItem = QStringLiteral("Inventory/Item");
const QString kPayment = QStringLiteral("Sale/CustomerPayment");

} // namespace

WriteOutcome MyobClient::failed(const Job &job, const Error &error, const PacedReply &reply) const
{
    WriteOutcome o;
    o.localId = job.localId;
    o.ok = false;
    o.remoteId = job.uid;
    o.error = error;
    o.correlationId = MyobReply::correlationId(reply);
    return o;
}

void MyobClient::writeContacts(const QList<ContactWrite> &contacts, WriteCallback callback)
{
    QList<Job> jobs;
    for (const ContactWrite &c : contacts) {
        Job job;
        job.localId = c.localId;
        job.entity = kCustomer;
        job.uid = c.remoteId;
        job.body = MyobCustomerMapper::toJson(c);
        job.keyField = QStringLiteral("DisplayID");
        job.keyValue = c.externalKey;
        jobs << job;
    }
    writeJobs(jobs, callback);
}

void MyobClient::writeItems(const QList<ItemWrite> &items, WriteCallback callback)
{
    QStringList taxCodes;
    QStringList accounts;
    for (const ItemWrite &i : items) {
        taxCodes << i.taxCode;
        accounts << i.accountCode;
    }
    QPointer<MyobClient> self(this);
    ensureReferences(taxCodes, accounts, [=](const Status &known) {
        if (!self) {
            return;
        }
        if (!known) {
            callback(known.error());
            return;
        }
        QList<Job> jobs;
        for (const ItemWrite &i : items) {
            Job job;
            job.localId = i.localId;
            job.entity = kItem;
            job.uid = i.remoteId;
            job.keyField = QStringLiteral("Number");
            job.keyValue = i.item.code.trimmed();
            auto body = MyobItemMapper::toJson(i, m_references);
            job.refused = !body;
            job.refusal = body ? Error() : body.error();
            job.body = body ? body.value() : QJsonObject();
            jobs << job;
        }
        writeJobs(jobs, callback);
    });
}

void MyobClient::writeInvoices(InvoiceKind kind, const QList<InvoiceWrite> &invoices, WriteCallback callback)
{
    if (kind != InvoiceKind::Invoice) {
        QList<Job> jobs;
        for (const InvoiceWrite &i : invoices) {
            Job job;
            job.localId = i.localId;
            job.uid = i.remoteId;
            job.refused = true;
            job.refusal = Error(Error::Kind::Item,
                tr("Ledgerlink does not send credit notes to MYOB yet. Enter credit note %1 in MYOB.")
                    .arg(i.invoice.number));
            jobs << job;
        }
        writeJobs(jobs, callback);
        return;
    }
    QStringList taxCodes;
    QStringList accounts;
    QStringList numbers;
    QStringList unseen;
    for (const InvoiceWrite &i : invoices) {
        accounts << i.references.defaultAccountCode;
        for (const InvoiceLine &line : i.invoice.lines) {
            taxCodes << i.references.taxCodes.value(line.taxTypeId);
            accounts << i.references.accountCodes.value(line.accountId);
            const QString code = i.references.itemCodes.value(line.itemId);
            if (line.itemId && !code.isEmpty() && !m_references.hasItem(code) && !numbers.contains(code)) {
                numbers << code;
            }
        }
        if (!i.remoteId.isEmpty() && !m_invoiceLayouts.contains(i.remoteId)) {
            unseen << i.remoteId;
        }
    }
    QPointer<MyobClient> self(this);
    auto build = [=]() {
        QList<Job> jobs;
        for (const InvoiceWrite &i : invoices) {
            Job job;
            job.localId = i.localId;
            job.uid = i.remoteId;
            job.keyField = QStringLiteral("Number");
            job.keyValue = i.invoice.number;
            // An existing invoice keeps its layout; a new one gets the layout its lines allow.
            job.entity = m_invoiceLayouts.value(i.remoteId, MyobInvoiceMapper::layoutFor(i, m_references));
            if (i.voidIt) {
                // MYOB has no void for a sale: the voided invoice is deleted, as MYOB's users do.
                job.remove = true;
            } else if (job.entity == MyobInvoiceMapper::itemLayout()
                && MyobInvoiceMapper::layoutFor(i, m_references) != job.entity) {
                job.refused = true;
                job.refusal = Error(Error::Kind::Item,
                    tr("Invoice %1 is an item invoice in MYOB, but now has lines without an item "
                       "MYOB knows. Change it in MYOB.")
                        .arg(i.invoice.number));
            } else {
                auto body = MyobInvoiceMapper::toJson(i, job.entity, m_references);
                job.refused = !body;
                job.refusal = body ? Error() : body.error();
                job.body = body ? body.value() : QJsonObject();
            }
            jobs << job;
        }
        writeJobs(jobs, callback);
    };
    ensureReferences(taxCodes, accounts, [=](const Status &known) {
        if (!self) {
            return;
        }
        if (!known) {
            callback(known.error());
            return;
        }
        resolveItems(numbers, [=](const Status &resolved) {
            if (!self) {
                return;
            }
            if (!resolved) {
                callback(resolved.error());
                return;
            }
            readInvoices(unseen, [=](const Status &read) {
                if (!self) {
                    return;
                }
                if (!read) {
                    callback(read.error());
                    return;
                }
                build();
            });
        });
    });
}

void MyobClient::writePayments(const QList<PaymentWrite> &payments, WriteCallback callback)
{
    QStringList accounts;
    QStringList unseen;
    for (const PaymentWrite &p : payments) {
        accounts << p.accountCode;
        if (p.customerRemoteId.isEmpty() && !m_invoiceCustomers.contains(p.invoiceRemoteId)
            && !unseen.contains(p.invoiceRemoteId)) {
            unseen << p.invoiceRemoteId;
        }
    }
    QPointer<MyobClient> self(this);
    ensureReferences({}, accounts, [=](const Status &known) {
        if (!self) {
            return;
        }
        if (!known) {
            callback(known.error());
            return;
        }
        readInvoices(unseen, [=](const Status &read) {
            if (!self) {
                return;
            }
            if (!read) {
                callback(read.error());
                return;
            }
            QList<Job> jobs;
            for (const PaymentWrite &p : payments) {
                Job job;
                job.localId = p.localId;
                job.entity = kPayment;
                job.uid = p.remoteId;
                // The engine names the invoice's customer; else it is the one the invoice has in MYOB.
                const QString customer =
                    p.customerRemoteId.isEmpty() ? m_invoiceCustomers.value(p.invoiceRemoteId) : p.customerRemoteId;
                const QString account = m_references.accountUid(p.accountCode);
                auto refuse = [&job](const QString &message) {
                    job.refused = true;
                    job.refusal = Error(Error::Kind::Item, message);
                };
                if (!p.remoteId.isEmpty()) {
                    refuse(tr("MYOB does not let a customer payment be changed. Delete the payment in "
                              "MYOB and enter it again."));
                } else if (p.invoiceKind != InvoiceKind::Invoice || customer.isEmpty()) {
                    refuse(tr("The payment's invoice is not in MYOB."));
                } else if (account.isEmpty()) {
                    refuse(tr("MYOB has no account %1 to receive the payment into. Choose the payment "
                              "account in the integration's settings.")
                               .arg(p.accountCode));
                } else {
                    job.body = MyobPaymentMapper::toJson(p, customer, account);
                }
                jobs << job;
            }
            writeJobs(jobs, callback);
        });
    });
}

void MyobClient::readInvoices(const QStringList &uids, StatusCallback done)
{
    if (uids.isEmpty()) {
        done({});
        return;
    }
    auto left = std::make_shared<int>(int(uids.size()));
    auto failure = std::make_shared<std::optional<Error>>();
    QPointer<MyobClient> self(this);
    for (const QString &uid : uids) {
        readRecord({ MyobInvoiceMapper::itemLayout(), MyobInvoiceMapper::serviceLayout() }, uid,
            [=](const Result<QJsonObject> &record, const QString &) {
                if (!self) {
                    return;
                }
                // A missing invoice fails its own record later; anything else stops the write.
                if (!record && record.error().kind() != Error::Kind::Item && !failure->has_value()) {
                    *failure = record.error();
                }
                if (--*left == 0) {
                    done(failure->has_value() ? Status(failure->value()) : Status());
                }
            });
    }
}

void MyobClient::writeJobs(const QList<Job> &jobs, WriteCallback callback)
{
    Q_ASSERT(jobs.size() <= maxBatchSize());
    if (jobs.isEmpty()) {
        QTimer::singleShot(0, this, [callback]() { callback(QList<WriteOutcome>()); });
        return;
    }
    struct State
    {
        QList<WriteOutcome> outcomes;
        int left = 0;
        std::optional<Error> error;
    };
    auto state = std::make_shared<State>();
    state->outcomes.resize(jobs.size());
    state->left = int(jobs.size());
    QPointer<MyobClient> self(this);
    for (int i = 0; i < jobs.size(); ++i) {
        writeOne(jobs.at(i), [=](const Result<WriteOutcome> &outcome) {
            if (!self) {
                return;
            }
            if (outcome) {
                state->outcomes[i] = outcome.value();
            } else if (!state->error) {
                state->error = outcome.error();
            }
            if (--state->left > 0) {
                return;
            }
            // An element whose outcome is unknown (drop, 5xx, auth) fails the whole call: the engine
            // keeps every link of it unconfirmed and looks the records up before sending again.
            if (state->error) {
                callback(*state->error);
            } else {
                callback(state->outcomes);
            }
        });
    }
}

void MyobClient::writeOne(const Job &job, OutcomeCallback done)
{
    QPointer<MyobClient> self(this);
    if (job.refused) {
        QTimer::singleShot(0, this, [this, job, done]() { done(failed(job, job.refusal, {})); });
        return;
    }
    // Item errors answer this record; any other error is the whole call's.
    auto answer = [this, job, done](const Error &error, const PacedReply &reply) {
        if (error.kind() == Error::Kind::Item) {
            done(failed(job, error, reply));
        } else {
            done(error);
        }
    };
    auto succeeded = [job](const QString &uid, const PacedReply &reply) {
        WriteOutcome o;
        o.localId = job.localId;
        o.ok = true;
        o.remoteId = uid;
        o.correlationId = MyobReply::correlationId(reply);
        return o;
    };
    if (job.remove) {
        call("DELETE", job.entity + QLatin1Char('/') + job.uid, {}, {}, false,
            [=](const Result<QJsonObject> &json, const PacedReply &reply) {
                if (!self) {
                    return;
                }
                if (json || reply.status == 404) { // already gone is what we wanted
                    done(succeeded(job.uid, reply));
                    return;
                }
                answer(json.error(), reply);
            });
        return;
    }
    if (job.uid.isEmpty()) {
        call("POST", job.entity, {}, QJsonDocument(job.body).toJson(QJsonDocument::Compact), false,
            [=](const Result<QJsonObject> &json, const PacedReply &reply) {
                if (!self) {
                    return;
                }
                if (!json && json.error().kind() == Error::Kind::Retryable && !job.keyField.isEmpty()
                    && !job.keyValue.isEmpty() && !job.resent) {
                    // MYOB may have created it before the answer got lost: look before sending again.
                    qCInfo(lcProvidersMyob) << "myob" << job.entity << "create failed in transit: looking it up";
                    lookUp(job, [=](const Result<QString> &found) {
                        if (!self) {
                            return;
                        }
                        if (!found) {
                            answer(found.error(), reply);
                        } else if (!found->isEmpty()) {
                            done(succeeded(found.value(), reply));
                        } else {
                            Job again = job;
                            again.resent = true;
                            writeOne(again, done);
                        }
                    });
                    return;
                }
                if (!json) {
                    answer(json.error(), reply);
                    return;
                }
                const Result<QString> uid = MyobReply::createdUid(reply);
                if (!uid) {
                    done(uid.error());
                    return;
                }
                QJsonObject seen = job.body;
                seen.insert(QStringLiteral("UID"), uid.value());
                remember(job.entity, seen);
                m_rowVersions.remove(uid.value()); // not known until read
                done(succeeded(uid.value(), reply));
            });
        return;
    }
    if (!m_rowVersions.value(job.uid).isEmpty()) {
        put(job, m_rowVersions.value(job.uid), false, done);
        return;
    }
    readRecord({ job.entity }, job.uid, [=](const Result<QJsonObject> &record, const QString &) {
        if (!self) {
            return;
        }
        if (!record) {
            answer(record.error(), {});
            return;
        }
        put(job, MyobJson::rowVersion(record.value()), false, done);
    });
}

void MyobClient::put(const Job &job, const QString &rowVersion, bool retried, OutcomeCallback done)
{
    QJsonObject body = job.body;
    body.insert(QStringLiteral("UID"), job.uid);
    body.insert(QStringLiteral("RowVersion"), rowVersion);
    QPointer<MyobClient> self(this);
    call("PUT", job.entity + QLatin1Char('/') + job.uid, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), false,
        [=](const Result<QJsonObject> &json, const PacedReply &reply) {
            if (!self) {
                return;
            }
            m_rowVersions.remove(job.uid); // changed by this PUT, or stale
            if (json) {
                WriteOutcome o;
                o.localId = job.localId;
                o.ok = true;
                o.remoteId = job.uid;
                o.correlationId = MyobReply::correlationId(reply);
                done(o);
                return;
            }
            if (MyobReply::isRowVersionConflict(reply) && !retried) {
                // Someone changed the record since we read it: read the current RowVersion, send once more.
                qCInfo(lcProvidersMyob) << "myob" << job.entity << "stale RowVersion: re-read and retry once";
                readRecord({ job.entity }, job.uid, [=](const Result<QJsonObject> &record, const QString &) {
                    if (!self) {
                        return;
                    }
                    if (!record) {
                        record.error().kind() == Error::Kind::Item ? done(failed(job, record.error(), reply))
                                                                   : done(record.error());
                        return;
                    }
                    put(job, MyobJson::rowVersion(record.value()), true, done);
                });
                return;
            }
            json.error().kind() == Error::Kind::Item ? done(failed(job, json.error(), reply)) : done(json.error());
        });
}

} // namespace Ledgerlink
