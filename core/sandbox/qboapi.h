#pragma once

#include "qboentities.h"
#include "sandboxcontext.h"
#include "sandboxmessage.h"

#include <QHash>

namespace Ledgerlink {

struct SandboxGrant;

/// QuickBooks Online Accounting API under /qbo/api/v3/company/{realmId}/:
///   {entity} (create/update, ?operation=delete), {entity}/{id}, query, cdc, batch (<= 30 items),
///   ?requestid= replay, 429 with Fault code 3001, Fault bodies as Intuit sends them.
class QboApi
{
public:
    explicit QboApi(const SandboxContext &context);

    bool handle(const SandboxRequest &request, SandboxReply *reply);
    void seedBasics();
    QJsonObject seed(const QString &realm, const QJsonObject &sizes);
    void clearCaches() { m_replayed.clear(); }
    /// ?requestid= replies, for --state.
    QJsonObject cachesToJson() const;
    void cachesFromJson(const QJsonObject &json);

private:
    SandboxReply serve(const SandboxRequest &request, const QString &realm, const QStringList &parts);
    QJsonObject runQuery(const QString &realm, const QString &text, QJsonObject *fault) const;
    SandboxReply cdc(const SandboxRequest &request, const QString &realm) const;
    SandboxReply batch(const SandboxRequest &request, const QString &realm);
    SandboxReply faultReply(const QJsonObject &fault, int status) const;
    QJsonObject withTime(QJsonObject body) const;

    SandboxContext m_context;
    QboEntities m_entities;
    QHash<QString, SandboxReply> m_replayed; // realm/requestid
};

} // namespace Ledgerlink
