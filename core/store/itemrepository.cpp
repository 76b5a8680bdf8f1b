#include "itemrepository.h"

namespace Ledgerlink {

namespace {

RecordTable<Item>::Spec itemSpec()
{
    RecordTable<Item>::Spec spec;
    spec.table = QStringLiteral("items");
    spec.columns = QStringList { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("sale_price_minor"), QStringLiteral("tax_type_id"), QStringLiteral("account_id") };
    spec.values = [](const Item &r) {
        return QVariantList { r.code, r.name, StoreSql::textOrNull(r.description), r.salePriceMinor,
            StoreSql::idOrNull(r.taxTypeId), StoreSql::idOrNull(r.accountId) };
    };
    spec.read = [](const QSqlQuery &q, int i, Item &r) {
        r.code = q.value(i++).toString();
        r.name = q.value(i++).toString();
        r.description = q.value(i++).toString();
        r.salePriceMinor = q.value(i++).toLongLong();
        r.taxTypeId = StoreSql::id(q.value(i++));
        r.accountId = StoreSql::id(q.value(i));
    };
    spec.saveFailed = ItemRepository::tr("Ledgerlink could not save the item to its database.");
    spec.readFailed = ItemRepository::tr("Ledgerlink could not read items from its database.");
    spec.notFound = ItemRepository::tr("Item %1 does not exist (it may have been deleted).");
    spec.duplicate = [](const Item &r) {
        return ItemRepository::tr("Another item already has the code %1. Item codes must be unique.").arg(r.code);
    };
    return spec;
}

} // namespace

ItemRepository::ItemRepository(Database &database, Clock &clock)
    : m_table(database, clock, itemSpec())
{ }

Status ItemRepository::validate(const Item &item) const
{
    if (item.code.trimmed().isEmpty() || item.name.trimmed().isEmpty()) {
        return Error(Error::Kind::Item, tr("An item needs a code and a name."));
    }
    return {};
}

Result<Item> ItemRepository::insert(const Item &item)
{
    if (Status valid = validate(item); !valid) {
        return valid.error();
    }
    return m_table.insert(item);
}

Result<Item> ItemRepository::update(const Item &item)
{
    if (Status valid = validate(item); !valid) {
        return valid.error();
    }
    return m_table.update(item);
}

Result<Item> ItemRepository::findById(qint64 id)
{
    return m_table.findById(id);
}

Result<QList<Item>> ItemRepository::page(qint64 afterId, int limit)
{
    return m_table.page(afterId, limit);
}

Result<QList<Item>> ItemRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    return m_table.changedSince(since, afterId, limit);
}

Status ItemRepository::archive(qint64 id)
{
    return m_table.archive(id);
}

} // namespace Ledgerlink
