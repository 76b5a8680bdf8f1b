#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

#include <QHash>

#include <memory>

namespace Ledgerlink {

class XeroOAuth;
class XeroQuery;
class XeroWriter;
struct SandboxGrant;

/// The Xero Accounting API under /xero/api/api.xro/2.0/.
///
///   bearer -> xero-tenant-id (connected, not deleted) -> scope -> Accept -> rate limit
///          -> GET: XeroQuery (filters, paging)   PUT/POST: idempotency -> XeroWriter (batches, rules)
class XeroApi
{
public:
    XeroApi(const SandboxContext &context, const XeroOAuth *oauth);
    ~XeroApi();

    bool handle(const SandboxRequest &request, SandboxReply *reply);
    /// Chart of accounts and tax rates every organisation has from the start.
    void seedBasics();
    /// A demo organisation's records: {"customers":N,"items":N,"invoices":N,"paid_ratio":0.3}.
    QJsonObject seed(const QString &tenant, const QJsonObject &sizes);
    void clearCaches();
    /// Idempotency-Key replies still within their 6 minutes, for --state.
    QJsonArray cachesToJson() const;
    void cachesFromJson(const QJsonArray &json);

    static constexpr qint64 kMaxBodyBytes = 3584 * 1024; // 3.5 MB

private:
    SandboxReply serve(const SandboxRequest &request, const SandboxGrant &grant, const QString &tenant,
        const QString &entity, const QString &id);
    /// `sub` is "Allocations" for PUT /CreditNotes/{id}/Allocations, else empty.
    SandboxReply write(const SandboxRequest &request, const SandboxGrant &grant, const QString &tenant,
        const QString &entity, const QString &id, const QString &sub);
    bool hasScope(const SandboxGrant &grant, const QString &entity, bool write) const;
    QJsonObject envelope(const SandboxGrant &grant) const;

    struct Remembered
    {
        QByteArray requestHash;
        SandboxReply reply;
        qint64 expiresMs = 0;
    };

    SandboxContext m_context;
    const XeroOAuth *m_oauth;
    std::unique_ptr<XeroQuery> m_query;
    std::unique_ptr<XeroWriter> m_writer;
    QHash<QString, Remembered> m_idempotency; // tenant/key
};

} // namespace Ledgerlink
