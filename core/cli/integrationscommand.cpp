#include "integrationscommand.h"

#include "appcontext.h"
#include "cli/clistore.h"
#include "clock.h"
#include "store/integrationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

int list(AppContext &context, bool json, QTextStream &out, QTextStream &err)
{
    auto all = IntegrationRepository(context.database(), Clock::system()).all();
    if (!all) {
        err << all.error().userMessage() << Qt::endl;
        return 1;
    }
    QJsonArray array;
    for (const Integration &i : all.value()) {
        array.append(QJsonObject { { QStringLiteral("id"), i.id }, { QStringLiteral("provider"), i.provider },
            { QStringLiteral("organisation"), i.tenantName }, { QStringLiteral("organisation_id"), i.tenantId },
            { QStringLiteral("state"), IntegrationStates::toText(i.state) }, { QStringLiteral("enabled"), i.enabled },
            { QStringLiteral("connected"), !i.grantId.isEmpty() },
            { QStringLiteral("last_successful_poll"), utc(i.lastSuccessfulPollAt) } });
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (array.isEmpty()) {
        out << IntegrationsCommand::tr("No integrations yet. Add one with \"ledgerlink connect\".") << Qt::endl;
        return 0;
    }
    for (const Integration &i : all.value()) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(i.id, i.provider, i.tenantName, IntegrationStates::displayName(i.state),
                       i.enabled ? IntegrationsCommand::tr("on") : IntegrationsCommand::tr("off"),
                       i.lastSuccessfulPollAt.isValid() ? utc(i.lastSuccessfulPollAt)
                                                        : IntegrationsCommand::tr("never polled"))
            << Qt::endl;
    }
    return 0;
}

} // namespace

QString IntegrationsCommand::description() const
{
    return tr("List the integrations with their state.");
}

void IntegrationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int IntegrationsCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    auto context = CliStore::open(options);
    if (!context) {
        err << context.error().userMessage() << Qt::endl;
        return 1;
    }
    return list(**context, parser.isSet(QStringLiteral("json")), out, err);
}

} // namespace Ledgerlink
