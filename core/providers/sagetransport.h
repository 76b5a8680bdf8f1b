#pragma once

#include "clock.h"
#include "error.h"
#include "providers/providertypes.h"
#include "providers/requestpacer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;

/// One Sage business's HTTP exchanges, below SageClient:
///
///   call() -> access token -> X-Business + Bearer -> RequestPacer (budget, 429 Retry-After, 5xx retries)
///          -> 401 once: invalidate the token, same request again -> SageReply::parse -> JSON or Error
///   page() -> GET {collection}?attributes=all&items_per_page&page[&updated_or_created_since] -> $items, $next
///   fetchAll() -> every page of a collection (lookups, the ledger and product id caches)
///
/// Sage refers to ledger accounts and products by id, Ledgerlink by nominal code and item code:
/// the transport keeps both maps, filled from reads and write replies and read in full when a
/// write needs a code it has not seen.
class SageTransport : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QList<QJsonObject> items;
        bool hasMore = false;
        QDateTime serverTime;
        QString correlationId;
    };
    using JsonCallback = std::function<void(const Result<QJsonValue> &json, const PacedReply &reply)>;
    using PageCallback = std::function<void(const Result<Page> &page)>;
    using AllCallback = std::function<void(const Result<QList<QJsonObject>> &records)>;
    using Done = std::function<void(const Status &status)>;
    /// One record's write: a WriteOutcome (ok, or failed with an Item error) or another Error.
    using ElementDone = std::function<void(const Result<WriteOutcome> &outcome)>;

    SageTransport(QNetworkAccessManager *network, AccessTokenSource *tokens, QUrl apiBaseUrl, QString businessId,
        const RequestPacer::Options &pacing, const Clock &clock, QObject *parent = nullptr);
    ~SageTransport() override;

    void call(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
        JsonCallback callback, bool authRetried = false);
    void page(const QString &collection, QUrlQuery query, int page, int pageSize, PageCallback callback);
    /// Every record of `collection` (with `query` added), 200 a page.
    void fetchAll(const QString &collection, const QUrlQuery &query, AllCallback callback);

    /// POST {"singular": body} (no remoteId) or PUT it to /collection/remoteId; `remember` sees
    /// the record Sage answered with. `versionOf` versions that record as the read does (the
    /// mapper's version); without it, or when it answers empty, updated_at alone is the version.
    void writeRecord(const QString &collection, const QString &singular, qint64 localId, const QString &remoteId,
        const QJsonObject &body, ElementDone done, std::function<void(const QJsonObject &)> remember = {},
        std::function<QString(const QJsonObject &)> versionOf = {});
    /// DELETE /collection/remoteId?void_reason=...: Sage voids a sent document this way.
    void voidRecord(const QString &collection, qint64 localId, const QString &remoteId, ElementDone done);

    /// Makes sure the ledger id of every nominal code Sage has is known (one full read, once).
    void ensureLedgers(Done done);
    /// Makes sure the product ids of `codes` are known, reading all products if one is missing.
    void ensureProducts(const QStringList &codes, Done done);
    void rememberLedger(const QJsonObject &record);
    void rememberProduct(const QJsonObject &record);
    const QHash<QString, QString> &ledgerIdByCode() const { return m_ledgerIdByCode; }
    const QHash<QString, QString> &ledgerCodeById() const { return m_ledgerCodeById; }
    const QHash<QString, QString> &productIdByCode() const { return m_productIdByCode; }

    RequestPacer &pacer() { return *m_pacer; }
    const Clock &clock() const { return m_clock; }

private:
    void fetchPages(const QString &collection, const QUrlQuery &query, int page, QList<QJsonObject> collected,
        AllCallback callback);

    AccessTokenSource *m_tokens;
    QUrl m_apiBaseUrl;
    QString m_businessId;
    const Clock &m_clock;
    RequestPacer *m_pacer;
    bool m_ledgersRead = false;
    QHash<QString, QString> m_ledgerIdByCode;
    QHash<QString, QString> m_ledgerCodeById;
    QHash<QString, QString> m_productIdByCode;
};

} // namespace Ledgerlink
