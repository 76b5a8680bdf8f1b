#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

struct SandboxGrant;

/// Sage Business Cloud Accounting v3.1 under /sage/api/v3.1/: X-Business on every call but
/// /businesses; $items/$next paging (items_per_page <= 200); updated_or_created_since;
/// idempotency_id inside the entity; 422 [{"$severity","$dataCode","$message","$source"}];
/// contact_payments allocating to sales_invoices (outstanding_amount, status PAID/PART_PAID).
class SageApi
{
public:
    explicit SageApi(const SandboxContext &context);

    bool handle(const SandboxRequest &request, SandboxReply *reply);
    QJsonObject seed(const QString &business, const QJsonObject &sizes);
    /// Tax rates and ledger accounts every business starts with.
    void seedBasics();
    /// POST /{collection} with its rules (validation, idempotency_id, allocation); SageSeeder uses it too.
    SandboxReply create(const QString &business, const QString &collection, const QJsonObject &input);

    /// An error reply in the provider's own shape (also for injected faults).
    static SandboxReply errors(int status, const QString &dataCode, const QString &message, const QString &source = {});

private:
    SandboxReply list(const SandboxRequest &request, const QString &business, const QString &collection) const;
    SandboxReply update(
        const QString &business, const QString &collection, const QString &id, const QJsonObject &input);
    SandboxReply remove(const QString &business, const QString &collection, const QString &id);
    /// Empty when valid; else the 422 body. Fills computed fields.
    QJsonArray validate(const QString &business, const QString &collection, QJsonObject *record) const;
    QString allocate(const QString &business, const QJsonObject &payment, double sign, bool commit);
    QJsonObject stamp(const QString &collection, QJsonObject record, const QJsonObject &previous) const;
    static QString singular(const QString &collection);

    SandboxContext m_context;
};

} // namespace Ledgerlink
