#include "syncsettings.h"

#include "store/invoicerules.h"

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
    s.defaultAccountCode = json.value(QStringLiteral("default_account_code")).toString();
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
        o.insert(QStringLiteral("default_account_code"), defaultAccountCode);
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
