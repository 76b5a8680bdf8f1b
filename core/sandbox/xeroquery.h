#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

/// Xero GET semantics: by id, IDs/Statuses/ContactIDs, where, includeArchived, If-Modified-Since,
/// page/pageSize with the pagination object.
class XeroQuery
{
public:
    explicit XeroQuery(const SandboxContext &context);

    /// The entity part of the reply ({"Invoices":[...], "pagination":{...}}); *status 200, 400 or 404.
    QJsonObject run(const SandboxRequest &request, const QString &tenant, const QString &entity, const QString &id,
        int *status) const;

    /// Evaluates a Xero `where` expression (Field=="v" [AND ...], !=, <, >, guid("..."),
    /// DateTime(y,m,d), true/false, numbers, .Contains/.StartsWith/.EndsWith). *ok false on syntax errors.
    static bool matchesWhere(const QJsonObject &record, const QString &where, bool *ok);
    /// The record's value at a dotted path ("Contact.ContactID").
    static QJsonValue valueAt(const QJsonObject &record, const QString &path);
    static QString idField(const QString &entity);

private:
    QJsonObject organisation(const QString &tenant) const;

    SandboxContext m_context;
};

} // namespace Ledgerlink
