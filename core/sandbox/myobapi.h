#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

/// MYOB AccountRight API under /myob/api/accountright/{businessId}/: Bearer + x-myobapi-key (the
/// client id) + x-myobapi-version v2; OData $top (<= 1000) / $skip / $filter=LastModified gt
/// datetime'...' or Field eq '...'; Items/NextPageLink/Count; POST 201 with Location and no body; PUT needs the current
/// RowVersion (409 IncorrectRowVersionSupplied); over the rate limit 403 RateLimitError.
class MyobApi
{
public:
    explicit MyobApi(const SandboxContext &context);

    bool handle(const SandboxRequest &request, SandboxReply *reply);
    QJsonObject seed(const QString &business, const QJsonObject &sizes);
    /// Tax codes and accounts every company file starts with.
    void seedBasics();
    /// POST/PUT/DELETE with the entity's rules; MyobSeeder posts through it too.
    SandboxReply write(const SandboxRequest &request, const QString &business, const QString &entity,
        const QString &uid, const QString &base);

    /// An error reply in the provider's own shape (also for injected faults).
    static SandboxReply errors(int status, const QString &name, const QString &message, int code = 0);

private:
    SandboxReply list(
        const SandboxRequest &request, const QString &business, const QString &entity, const QString &base) const;
    QString applyPayment(const QString &business, const QJsonObject &payment, double sign, bool commit);
    static QString entityOf(const QStringList &parts, int *consumed);

    SandboxContext m_context;
};

} // namespace Ledgerlink
