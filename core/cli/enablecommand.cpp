#include "enablecommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "store/integrationrepository.h"
#include "sync/syncstatestore.h"

namespace Ledgerlink {

EnableCommand::EnableCommand(bool enable)
    : m_enable(enable)
{ }

QString EnableCommand::name() const
{
    return m_enable ? QStringLiteral("enable") : QStringLiteral("disable");
}

QString EnableCommand::description() const
{
    return m_enable ? tr("Switch an integration on (its next sync is a full pass).")
                    : tr("Switch an integration off: nothing syncs until it is enabled again.");
}

void EnableCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
}

int EnableCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    Database &db = context->database();
    auto integration = IntegrationSelector::selectOne(db, parser.positionalArguments().value(0));
    if (!integration) {
        err << integration.error().userMessage() << Qt::endl;
        return 2;
    }
    Integration changed = integration.value();
    changed.enabled = m_enable;
    changed.state = m_enable ? IntegrationState::Active : IntegrationState::NotEnabled;
    if (m_enable && !integration->enabled) {
        if (Status cleared = SyncStateStore(db).clear(changed.id); !cleared) {
            err << cleared.error().userMessage() << Qt::endl;
            return 1;
        }
    }
    auto saved = IntegrationRepository(db, Clock::system()).update(changed);
    if (!saved) {
        err << saved.error().userMessage() << Qt::endl;
        return 1;
    }
    out << (m_enable ? tr("%1 is enabled.") : tr("%1 is switched off.")).arg(IntegrationSelector::label(changed))
        << Qt::endl;
    return 0;
}

} // namespace Ledgerlink
