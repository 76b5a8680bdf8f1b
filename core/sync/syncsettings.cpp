#include "syncsettings.h"

#include "store/invoicerules.h"

#include <QJsonArray>

namespace Ledgerlink {

namespace {

QString directionText(SyncSettings::Direction d)
{
    switch (d) {
    case SyncSettings::Direction::ToProvider:
        return QStringLiteral("to");
    case SyncSettings::Direction::FromProvider:
        return QStringLiteral("from");
    case SyncSettings::Direction::Both:
        return QStringLiteral("both");
    }
    return {};
}

SyncSettings::Entity readEntity(const QJsonObject &json, const QString &key, SyncSettings::Entity fallback)
{
    const QJsonObject o = json.value(key).toObject();
    SyncSettings::Entity e = fallback;
    e.enabled = o.value(QStringLiteral("enabled")).toBool(fallback.enabled);
    const QString d = o.value(QStringLiteral("direction")).toString();
    if (d == QLatin1String("to")) {
        e.direction = SyncSettings::Direction::ToProvider;
    } else if (d == QLatin1String("from")) {
        e.direction = SyncSettings::Direction::FromProvider;
    } else if (d == QLatin1String("both")) {
        e.direction = SyncSettings::Direction::Both;
    }
    return e;
}

qint64 localIdOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void readMatching(const QJsonObject &json, SyncSettings &s)
{
    const QJsonValue value = json.value(QStringLiteral("customer_matching"));
    if (value.isUndefined() || value.isNull()) {
        return;
    }
    if (!value.isObject()) {
        s.matchingProblems << QStringLiteral("customer_matching is not an object");
        return;
    }
    const QJsonObject o = value.toObject();
    const QJsonObject links = o.value(QStringLiteral("link")).toObject();
    QHash<QString, qint64> byRemote;
    for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
        const qint64 localId = localIdOf(it.key());
        const QString remoteId = it.value().toString().trimmed();
        if (localId == 0 || remoteId.isEmpty()) {
            s.matchingProblems << QStringLiteral("unreadable link entry \"%1\"").arg(it.key());
            continue;
        }
        if (byRemote.contains(remoteId)) {
            // One remote contact for two local customers: neither answer can be right.
            s.matchingProblems << QStringLiteral("remote contact %1 chosen for customers %2 and %3")
                                      .arg(remoteId)
                                      .arg(byRemote.value(remoteId))
                                      .arg(localId);
            s.customerMatching.link.remove(byRemote.value(remoteId));
            continue;
        }
        byRemote.insert(remoteId, localId);
        s.customerMatching.link.insert(localId, remoteId);
    }
    const QJsonArray skip = o.value(QStringLiteral("skip")).toArray();
    for (const QJsonValue &v : skip) {
        const qint64 localId = v.isString() ? localIdOf(v.toString()) : qint64(v.toDouble());
        if (localId <= 0) {
            s.matchingProblems << QStringLiteral("unreadable skip entry");
            continue;
        }
        s.customerMatching.skip.insert(localId);
    }
    const QJsonArray create = o.value(QStringLiteral("create")).toArray();
    for (const QJsonValue &v : create) {
        const qint64 localId = v.isString() ? localIdOf(v.toString()) : qint64(v.toDouble());
        if (localId <= 0) {
            s.matchingProblems << QStringLiteral("unreadable create entry");
            continue;
        }
        s.customerMatching.create.insert(localId);
    }
    // Both linked and skipped: skipping is the safer reading (nothing leaves).
    for (qint64 id : std::as_const(s.customerMatching.skip)) {
        s.customerMatching.link.remove(id);
        s.customerMatching.create.remove(id);
    }
    for (auto it = s.customerMatching.link.cbegin(); it != s.customerMatching.link.cend(); ++it) {
        s.customerMatching.create.remove(it.key());
    }
}

void readTaxMapping(const QJsonObject &json, SyncSettings &s)
{
    const QJsonObject o = json.value(QStringLiteral("tax_mapping")).toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString local = it.key().trimmed();
        const QString provider = it.value().toString().trimmed();
        if (!local.isEmpty() && !provider.isEmpty()) {
            s.taxMapping.insert(local, provider);
        }
    }
}

int rank(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return 0;
    case InvoiceStatus::PendingPayment:
        return 1;
    case InvoiceStatus::Paid:
        return 2;
    case InvoiceStatus::Void:
        return -1;
    }
    return -1;
}

} // namespace

SyncSettings SyncSettings::fromJson(const QJsonObject &json)
{
    SyncSettings s;
    s.customers = readEntity(json, QStringLiteral("customers"), s.customers);
    s.items = readEntity(json, QStringLiteral("items"), s.items);
    s.taxRates = readEntity(json, QStringLiteral("tax_rates"), s.taxRates);
    s.accounts = readEntity(json, QStringLiteral("accounts"), s.accounts);
    s.invoices = readEntity(json, QStringLiteral("invoices"), s.invoices);
    s.creditNotes = readEntity(json, QStringLiteral("credit_notes"), s.creditNotes);
    s.payments = readEntity(json, QStringLiteral("payments"), s.payments);
    if (auto status = InvoiceRules::statusFromText(json.value(QStringLiteral("invoice_trigger_status")).toString());
        status && status.value() != InvoiceStatus::Void && status.value() != InvoiceStatus::Draft) {
        s.triggerStatus = status.value();
    }
    s.startDate = QDate::fromString(json.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    const int poll = json.value(QStringLiteral("poll_minutes")).toInt(15);
    s.pollMinutes = poll >= 1 ? poll : 15;
    s.defaultAccountCode = json.value(QStringLiteral("sales_account_code")).toString().trimmed();
    if (s.defaultAccountCode.isEmpty()) {
        s.defaultAccountCode = json.value(QStringLiteral("default_account_code")).toString().trimmed();
    }
    s.paymentAccountCode = json.value(QStringLiteral("payment_account_code")).toString().trimmed();
    s.pushLocalPayments = json.value(QStringLiteral("push_local_payments")).toBool(false);
    const int hours = json.value(QStringLiteral("full_reconcile_hours")).toInt(24);
    s.fullReconcileHours = hours >= 1 ? hours : 24;
    readMatching(json, s);
    readTaxMapping(json, s);
    return s;
}

QJsonObject SyncSettings::toJson() const
{
    auto entity = [](const Entity &e) {
        return QJsonObject { { QStringLiteral("enabled"), e.enabled },
            { QStringLiteral("direction"), directionText(e.direction) } };
    };
    QJsonObject o { { QStringLiteral("customers"), entity(customers) }, { QStringLiteral("items"), entity(items) },
        { QStringLiteral("tax_rates"), entity(taxRates) }, { QStringLiteral("accounts"), entity(accounts) },
        { QStringLiteral("invoices"), entity(invoices) }, { QStringLiteral("credit_notes"), entity(creditNotes) },
        { QStringLiteral("payments"), entity(payments) },
        { QStringLiteral("invoice_trigger_status"), InvoiceRules::statusText(triggerStatus) },
        { QStringLiteral("poll_minutes"), pollMinutes } };
    if (startDate.isValid()) {
        o.insert(QStringLiteral("start_date"), startDate.toString(Qt::ISODate));
    }
    if (!defaultAccountCode.isEmpty()) {
        o.insert(QStringLiteral("sales_account_code"), defaultAccountCode);
    }
    if (!paymentAccountCode.isEmpty()) {
        o.insert(QStringLiteral("payment_account_code"), paymentAccountCode);
    }
    o.insert(QStringLiteral("push_local_payments"), pushLocalPayments);
    o.insert(QStringLiteral("full_reconcile_hours"), fullReconcileHours);
    if (!customerMatching.isEmpty()) {
        QJsonObject links;
        for (auto it = customerMatching.link.cbegin(); it != customerMatching.link.cend(); ++it) {
            links.insert(QString::number(it.key()), it.value());
        }
        QJsonArray skip;
        for (qint64 id : customerMatching.skip) {
            skip.append(double(id));
        }
        QJsonObject matching { { QStringLiteral("link"), links }, { QStringLiteral("skip"), skip } };
        if (!customerMatching.create.isEmpty()) {
            QJsonArray create;
            for (qint64 id : customerMatching.create) {
                create.append(double(id));
            }
            matching.insert(QStringLiteral("create"), create);
        }
        o.insert(QStringLiteral("customer_matching"), matching);
    }
    if (!taxMapping.isEmpty()) {
        QJsonObject mapping;
        for (auto it = taxMapping.cbegin(); it != taxMapping.cend(); ++it) {
            mapping.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("tax_mapping"), mapping);
    }
    return o;
}

QDateTime SyncSettings::documentCutoff(const Integration &integration) const
{
    if (startDate.isValid()) {
        return QDateTime(startDate, QTime(0, 0), Qt::UTC);
    }
    return integration.activatedAt.isValid() ? integration.activatedAt.toUTC() : integration.createdAt.toUTC();
}

bool SyncSettings::reachedTrigger(InvoiceStatus status) const
{
    return rank(status) >= rank(triggerStatus);
}

} // namespace Ledgerlink
