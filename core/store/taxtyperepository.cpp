#include "taxtyperepository.h"

namespace Ledgerlink {

namespace {

RecordTable<TaxType>::Spec taxTypeSpec()
{
    RecordTable<TaxType>::Spec spec;
    spec.table = QStringLiteral("tax_types");
    spec.columns = QStringList { QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("rate_e4") };
    spec.values = [](const TaxType &r) { return QVariantList { r.name, StoreSql::textOrNull(r.code), r.rateE4 }; };
    spec.read = [](const QSqlQuery &q, int i, TaxType &r) {
        r.name = q.value(i++).toString();
        r.code = q.value(i++).toString();
        r.rateE4 = q.value(i).toLongLong();
    };
    spec.saveFailed = TaxTypeRepository::tr("Ledgerlink could not save the tax rate to its database.");
    spec.readFailed = TaxTypeRepository::tr("Ledgerlink could not read tax rates from its database.");
    spec.notFound = TaxTypeRepository::tr("Tax rate %1 does not exist (it may have been deleted).");
    spec.duplicate = [](const TaxType &r) {
        return TaxTypeRepository::tr("Another tax rate is already called \"%1\". Tax rate names must be unique.")
            .arg(r.name);
    };
    return spec;
}

} // namespace

TaxTypeRepository::TaxTypeRepository(Database &database, Clock &clock)
    : m_table(database, clock, taxTypeSpec())
{ }

Status TaxTypeRepository::validate(const TaxType &taxType) const
{
    if (taxType.name.trimmed().isEmpty()) {
        return Error(Error::Kind::Item, tr("A tax rate needs a name."));
    }
    if (taxType.rateE4 < 0 || taxType.rateE4 > 1000000) {
        return Error(Error::Kind::Item, tr("A tax rate must be between 0 and 100 percent."));
    }
    return {};
}

Result<TaxType> TaxTypeRepository::insert(const TaxType &taxType)
{
    if (Status valid = validate(taxType); !valid) {
        return valid.error();
    }
    return m_table.insert(taxType);
}

Result<TaxType> TaxTypeRepository::update(const TaxType &taxType)
{
    if (Status valid = validate(taxType); !valid) {
        return valid.error();
    }
    return m_table.update(taxType);
}

Result<TaxType> TaxTypeRepository::findById(qint64 id)
{
    return m_table.findById(id);
}

Result<QList<TaxType>> TaxTypeRepository::page(qint64 afterId, int limit)
{
    return m_table.page(afterId, limit);
}

Result<QList<TaxType>> TaxTypeRepository::changedSince(const QDateTime &since, qint64 afterId, int limit)
{
    return m_table.changedSince(since, afterId, limit);
}

Status TaxTypeRepository::archive(qint64 id)
{
    return m_table.archive(id);
}

} // namespace Ledgerlink
