#include "statuscommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "clock.h"
#include "store/historyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ledgerlink {

namespace {
QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}
} // namespace

QString StatusCommand::description() const
{
    return tr("Show each integration's state and Last successful poll.");
}

void StatusCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int StatusCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    Database &db = context->database();
    auto integrations = IntegrationSelector::select(db, parser.positionalArguments().value(0));
    if (!integrations) {
        err << integrations.error().userMessage() << Qt::endl;
        return 2;
    }
    HistoryRepository history(db, Clock::system());
    QJsonArray list;
    for (const Integration &i : integrations.value()) {
        RunFilter filter;
        filter.integrationId = i.id;
        filter.limit = 1;
        auto runs = history.runs(filter);
        const SyncRun last = runs && !runs->isEmpty() ? runs->first() : SyncRun();
        const QJsonObject o { { QStringLiteral("id"), i.id }, { QStringLiteral("provider"), i.provider },
            { QStringLiteral("organisation"), i.tenantName },
            { QStringLiteral("state"), IntegrationStates::toText(i.state) }, { QStringLiteral("enabled"), i.enabled },
            { QStringLiteral("last_successful_poll"), utc(i.lastSuccessfulPollAt) },
            { QStringLiteral("next_poll"), utc(i.nextPollAt) },
            { QStringLiteral("last_run"), last.id ? HistoryRepository::resultText(last.result) : QString() },
            { QStringLiteral("last_run_message"), last.message } };
        list.append(o);
        if (!parser.isSet(QStringLiteral("json"))) {
            out << IntegrationSelector::label(i) << Qt::endl
                << tr("  State: %1%2")
                       .arg(IntegrationStates::displayName(i.state), i.enabled ? QString() : tr(" (switched off)"))
                << Qt::endl
                << tr("  Last successful poll: %1")
                       .arg(i.lastSuccessfulPollAt.isValid() ? utc(i.lastSuccessfulPollAt) : tr("never"))
                << Qt::endl;
            if (last.id) {
                out << tr("  Last run: %1 %2").arg(HistoryRepository::resultText(last.result), last.message)
                    << Qt::endl;
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (list.isEmpty()) {
        out << tr("No integrations yet.") << Qt::endl;
    }
    return 0;
}

} // namespace Ledgerlink
