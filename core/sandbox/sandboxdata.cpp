#include "sandboxdata.h"

#include <algorithm>

namespace Ledgerlink {

SandboxData::SandboxData()
{
    reset();
}

QString SandboxData::demoTenantId(const QString &provider, int index)
{
    if (provider == QLatin1String("xero")) {
        return index == 0 ? QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f01")
                          : QStringLiteral("6a0c7e3d-1b52-4f3a-9d1e-0a7c5e2b1f02");
    }
    if (provider == QLatin1String("qbo")) {
        return index == 0 ? QStringLiteral("9341453100000001") : QStringLiteral("9341453100000002");
    }
    if (provider == QLatin1String("sage")) {
        return index == 0 ? QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390001")
                          : QStringLiteral("a3f1c0d2e4b64a5f8e7d6c5b4a390002");
    }
    return index == 0 ? QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a001")
                      : QStringLiteral("c1d2e3f4-0000-4000-8000-00000000a002");
}

void SandboxData::reset()
{
    m_tenants.clear();
    m_collections.clear();
    const QStringList providers { QStringLiteral("xero"), QStringLiteral("qbo"), QStringLiteral("sage"),
        QStringLiteral("myob") };
    for (const auto &p : providers) {
        m_tenants << SandboxTenant { p, demoTenantId(p, 0), QStringLiteral("Demo Company (Ledgerlink)"), false };
        m_tenants << SandboxTenant { p, demoTenantId(p, 1), QStringLiteral("Second Street Trading"), false };
    }
    ++m_revision;
}

QList<SandboxTenant> SandboxData::tenants(const QString &provider) const
{
    QList<SandboxTenant> result;
    for (const auto &t : m_tenants) {
        if (t.provider == provider) {
            result << t;
        }
    }
    return result;
}

const SandboxTenant *SandboxData::tenant(const QString &provider, const QString &id) const
{
    for (const auto &t : m_tenants) {
        if (t.provider == provider && t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

void SandboxData::setTenantDeleted(const QString &provider, const QString &id, bool deleted)
{
    for (auto &t : m_tenants) {
        if (t.provider == provider && t.id == id) {
            t.deleted = deleted;
            ++m_revision;
        }
    }
}

QString SandboxData::key(const QString &provider, const QString &tenant, const QString &entity)
{
    return provider + QLatin1Char('/') + tenant + QLatin1Char('/') + entity;
}

QList<QJsonObject> SandboxData::records(const QString &provider, const QString &tenant, const QString &entity) const
{
    QList<QJsonObject> result;
    const auto it = m_collections.constFind(key(provider, tenant, entity));
    if (it == m_collections.constEnd()) {
        return result;
    }
    result.reserve(it->order.size());
    for (const auto &id : it->order) {
        result << it->byId.value(id);
    }
    return result;
}

QList<QJsonObject> SandboxData::recordsWhere(const QString &provider, const QString &tenant, const QString &entity,
    const QString &field, const QString &value) const
{
    QList<QJsonObject> result;
    const auto it = m_collections.constFind(key(provider, tenant, entity));
    if (it == m_collections.constEnd()) {
        return result;
    }
    auto index = it->indexes.find(field);
    if (index == it->indexes.end()) {
        index = it->indexes.insert(field, {});
        for (auto r = it->byId.cbegin(); r != it->byId.cend(); ++r) {
            index->insert(r.value().value(field).toString().toCaseFolded(), r.key());
        }
    }
    QList<int> positions;
    const auto ids = index->values(value.toCaseFolded());
    for (const QString &id : ids) {
        positions << it->position.value(id);
    }
    std::sort(positions.begin(), positions.end());
    result.reserve(positions.size());
    for (const int p : positions) {
        result << it->byId.value(it->order.at(p));
    }
    return result;
}

int SandboxData::count(const QString &provider, const QString &tenant, const QString &entity) const
{
    return m_collections.value(key(provider, tenant, entity)).order.size();
}

bool SandboxData::contains(
    const QString &provider, const QString &tenant, const QString &entity, const QString &id) const
{
    const auto it = m_collections.constFind(key(provider, tenant, entity));
    return it != m_collections.constEnd() && it->byId.contains(id);
}

QJsonObject SandboxData::record(
    const QString &provider, const QString &tenant, const QString &entity, const QString &id) const
{
    const auto it = m_collections.constFind(key(provider, tenant, entity));
    return it == m_collections.constEnd() ? QJsonObject() : it->byId.value(id);
}

void SandboxData::put(
    const QString &provider, const QString &tenant, const QString &entity, const QString &id, const QJsonObject &record)
{
    auto &c = m_collections[key(provider, tenant, entity)];
    const auto previous = c.byId.constFind(id);
    if (previous == c.byId.cend()) {
        c.position.insert(id, int(c.order.size()));
        c.order << id;
    }
    for (auto index = c.indexes.begin(); index != c.indexes.end(); ++index) {
        if (previous != c.byId.cend()) {
            index->remove(previous->value(index.key()).toString().toCaseFolded(), id);
        }
        index->insert(record.value(index.key()).toString().toCaseFolded(), id);
    }
    c.byId.insert(id, record);
    ++m_revision;
}

void SandboxData::clearEntity(const QString &provider, const QString &tenant, const QString &entity)
{
    m_collections.remove(key(provider, tenant, entity));
    ++m_revision;
}

QJsonObject SandboxData::toJson() const
{
    QJsonArray tenants;
    for (const auto &t : m_tenants) {
        tenants.append(QJsonObject { { QStringLiteral("provider"), t.provider }, { QStringLiteral("id"), t.id },
            { QStringLiteral("name"), t.name }, { QStringLiteral("deleted"), t.deleted } });
    }
    QJsonObject collections;
    for (auto it = m_collections.constBegin(); it != m_collections.constEnd(); ++it) {
        QJsonArray list;
        for (const auto &id : it->order) {
            list.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("record"), it->byId.value(id) } });
        }
        collections.insert(it.key(), list);
    }
    return { { QStringLiteral("tenants"), tenants }, { QStringLiteral("collections"), collections } };
}

void SandboxData::fromJson(const QJsonObject &object)
{
    const auto tenants = object.value(QStringLiteral("tenants")).toArray();
    if (!tenants.isEmpty()) {
        m_tenants.clear();
        for (const auto &v : tenants) {
            const auto o = v.toObject();
            m_tenants << SandboxTenant { o.value(QStringLiteral("provider")).toString(),
                o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                o.value(QStringLiteral("deleted")).toBool() };
        }
    }
    m_collections.clear();
    const auto collections = object.value(QStringLiteral("collections")).toObject();
    for (auto it = collections.constBegin(); it != collections.constEnd(); ++it) {
        Collection c;
        const auto list = it.value().toArray();
        for (const auto &v : list) {
            const auto o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (!c.byId.contains(id)) {
                c.position.insert(id, int(c.order.size()));
                c.order << id;
            }
            c.byId.insert(id, o.value(QStringLiteral("record")).toObject());
        }
        m_collections.insert(it.key(), c);
    }
    ++m_revision;
}

} // namespace Ledgerlink
