#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// One organisation / company / business of a provider.
struct SandboxTenant
{
    QString provider;
    QString id; ///< Xero tenantId (uuid), QBO realmId, Sage business id, MYOB businessId
    QString name;
    bool deleted = false; ///< "organisation deleted" fault: every call answers 403
};

/// What each provider "has": tenants and, per tenant, the records of each entity as the provider's
/// own JSON objects, in creation order. Persisted as one JSON document (--state FILE).
class SandboxData
{
public:
    SandboxData();

    /// Back to the demo tenants with no records.
    void reset();

    QList<SandboxTenant> tenants(const QString &provider) const;
    const SandboxTenant *tenant(const QString &provider, const QString &id) const;
    void setTenantDeleted(const QString &provider, const QString &id, bool deleted);
    /// Deterministic ids of the demo tenants (index 0 and 1 exist for every provider).
    static QString demoTenantId(const QString &provider, int index);

    /// Records of one entity, in creation order.
    QList<QJsonObject> records(const QString &provider, const QString &tenant, const QString &entity) const;
    /// Records whose string `field` equals `value` ignoring case, in creation order. Answered from
    /// an index built on first use and kept current by put(), so that writers checking uniqueness
    /// or looking a record up by number stay O(1) per record instead of scanning the collection.
    QList<QJsonObject> recordsWhere(const QString &provider, const QString &tenant, const QString &entity,
        const QString &field, const QString &value) const;
    int count(const QString &provider, const QString &tenant, const QString &entity) const;
    bool contains(const QString &provider, const QString &tenant, const QString &entity, const QString &id) const;
    QJsonObject record(const QString &provider, const QString &tenant, const QString &entity, const QString &id) const;
    /// Inserts or replaces the record with that id (order kept on replace).
    void put(const QString &provider, const QString &tenant, const QString &entity, const QString &id,
        const QJsonObject &record);
    void clearEntity(const QString &provider, const QString &tenant, const QString &entity);

    /// Bumped on every change; the server saves --state when it moved.
    quint64 revision() const { return m_revision; }

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &object);

private:
    struct Collection
    {
        QStringList order;
        QHash<QString, QJsonObject> byId;
        QHash<QString, int> position; ///< id -> index in order
        /// field -> case-folded value -> ids; only fields someone asked for (recordsWhere)
        mutable QHash<QString, QMultiHash<QString, QString>> indexes;
    };
    static QString key(const QString &provider, const QString &tenant, const QString &entity);

    QList<SandboxTenant> m_tenants;
    QHash<QString, Collection> m_collections;
    quint64 m_revision = 0;
};

} // namespace Ledgerlink
