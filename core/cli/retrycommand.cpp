#include "retrycommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "providers/mainthreadtokensources.h"
#include "store/historyrepository.h"
#include "sync/syncthread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Ledgerlink {

QString RetryCommand::description() const
{
    return tr("Retry only the records that failed in one sync run.");
}

void RetryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addPositionalArgument(QStringLiteral("run"), tr("The run whose failed records are retried (see history)."));
    parser.addOption({ QStringLiteral("json"), tr("Print the outcome as JSON.") });
    parser.addOption({ QStringLiteral("sandbox"), tr("Talk to ledgerlink-sandbox at <url>."), tr("url") });
}

int RetryCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    bool numeric = false;
    const qint64 runId = args.value(1).toLongLong(&numeric);
    if (args.size() != 2 || !numeric || runId <= 0) {
        err << tr("Usage: ledgerlink retry INTEGRATION RUN_ID [--json]. The run id is in `ledgerlink history`.")
            << Qt::endl;
        return 2;
    }
    AppOptions appOptions = options;
    appOptions.sandboxUrl = parser.value(QStringLiteral("sandbox"));
    const std::unique_ptr<AppContext> context = openStore(appOptions, err);
    if (!context) {
        return 1;
    }
    auto selected = IntegrationSelector::select(context->database(), args.first());
    if (!selected) {
        err << selected.error().userMessage() << Qt::endl;
        return 2;
    }
    if (selected->size() != 1) {
        err << tr("\"%1\" names more than one integration; use the integration id.").arg(args.first()) << Qt::endl;
        return 2;
    }
    const Integration integration = selected->first();
    const bool json = parser.isSet(QStringLiteral("json"));
    SyncEngine::Config config;
    config.location = context->databaseLocation();
    config.sandboxBase = QUrl(context->sandboxUrl());
    config.databasePassword = context->databasePassword();
    // Keychain jobs stay on this thread (QtKeychain is not safe across threads).
    QNetworkAccessManager tokenNetwork;
    MainThreadTokenSources tokenSources(context->database(), &tokenNetwork, config.sandboxBase);
    config.tokenSources = tokenSources.factory();
    SyncThread sync(config);
    int exitCode = 0;
    QObject receiver;
    QObject::connect(sync.engine(), &SyncEngine::recordFailed, &receiver, [&](const RecordFailure &f) {
        if (!json) {
            out << tr("  %1 %2: %3").arg(f.entity).arg(f.localId).arg(f.message) << Qt::endl;
        }
    });
    QObject::connect(sync.engine(), &SyncEngine::runFinished, &receiver, [&](const RunSummary &s) {
        const RunCounts &c = s.counts;
        if (s.result == RunResult::Failed || s.result == RunResult::Cancelled) {
            exitCode = 1;
        } else if (s.result == RunResult::PartlyFailed) {
            exitCode = 3;
        }
        if (json) {
            out << QJsonDocument(
                QJsonObject { { QStringLiteral("integration"), s.integrationId },
                    { QStringLiteral("retried_run"), double(runId) }, { QStringLiteral("run"), double(s.runId) },
                    { QStringLiteral("result"), HistoryRepository::resultText(s.result) },
                    { QStringLiteral("created"), c.created }, { QStringLiteral("updated"), c.updated },
                    { QStringLiteral("failed"), c.failed }, { QStringLiteral("skipped"), c.skipped },
                    { QStringLiteral("message"), s.message } })
                       .toJson(QJsonDocument::Indented);
        } else {
            out << tr("%1: %2 - %3 created, %4 updated, %5 failed. %6")
                       .arg(IntegrationSelector::label(integration), HistoryRepository::resultText(s.result))
                       .arg(c.created)
                       .arg(c.updated)
                       .arg(c.failed)
                       .arg(s.message)
                << Qt::endl;
        }
        QCoreApplication::quit();
    });
    if (!json) {
        out << tr("Retrying the failed records of run %1 of %2").arg(runId).arg(IntegrationSelector::label(integration))
            << Qt::endl;
    }
    sync.requestRetryFailed(integration.id, runId);
    // The CLI has no window: the application's own event loop runs until the run reports.
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Ledgerlink
