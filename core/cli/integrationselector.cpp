#include "integrationselector.h"

#include "clock.h"
#include "store/integrationrepository.h"

namespace Ledgerlink {

Result<QList<Integration>> IntegrationSelector::select(Database &database, const QString &name)
{
    auto all = IntegrationRepository(database, Clock::system()).all();
    if (!all || name.isEmpty()) {
        return all;
    }
    QList<Integration> found;
    for (const Integration &i : all.value()) {
        if (i.id == name) {
            return QList<Integration> { i };
        }
        if (i.id.startsWith(name, Qt::CaseInsensitive) || i.tenantName.compare(name, Qt::CaseInsensitive) == 0) {
            found.append(i);
        }
    }
    if (found.isEmpty()) {
        return Error(
            Error::Kind::Config, tr("No integration is called \"%1\". Run ledgerlink status to see them.").arg(name));
    }
    if (found.size() > 1) {
        return Error(Error::Kind::Config,
            tr("\"%1\" matches %2 integrations; give more of the id.").arg(name).arg(found.size()));
    }
    return found;
}

Result<Integration> IntegrationSelector::selectOne(Database &database, const QString &name)
{
    if (name.isEmpty()) {
        return Error(Error::Kind::Config, tr("Name the integration (its id or organisation name)."));
    }
    auto found = select(database, name);
    if (!found) {
        return found.error();
    }
    return found->first();
}

QString IntegrationSelector::label(const Integration &integration)
{
    return QStringLiteral("%1 (%2, %3)")
        .arg(integration.tenantName.isEmpty() ? integration.tenantId : integration.tenantName, integration.provider,
            integration.id.left(8));
}

} // namespace Ledgerlink
