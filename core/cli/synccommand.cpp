#include "synccommand.h"

#include "appcontext.h"
#include "cli/integrationselector.h"
#include "providers/mainthreadtokensources.h"
#include "store/historyrepository.h"
#include "sync/syncthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Ledgerlink {

QString SyncCommand::description() const
{
    return tr("Sync an integration (or every enabled one) now.");
}

void SyncCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("integration"), tr("Integration id or organisation name."));
    parser.addOption({ QStringLiteral("full"), tr("Read everything, not only what changed since the last sync.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the outcome as JSON.") });
    parser.addOption({ QStringLiteral("sandbox"), tr("Talk to ledgerlink-sandbox at <url>."), tr("url") });
}

int SyncCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    AppOptions appOptions = options;
    appOptions.sandboxUrl = parser.value(QStringLiteral("sandbox"));
    const std::unique_ptr<AppContext> context = openStore(appOptions, err);
    if (!context) {
        return 1;
    }
    auto selected = IntegrationSelector::select(context->database(), parser.positionalArguments().value(0));
    if (!selected) {
        err << selected.error().userMessage() << Qt::endl;
        return 2;
    }
    QList<Integration> integrations;
    for (const Integration &i : selected.value()) {
        if (i.enabled || !parser.positionalArguments().isEmpty()) {
            integrations.append(i);
        }
    }
    if (integrations.isEmpty()) {
        err << tr("No enabled integration to sync.") << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    SyncEngine::Config config;
    config.location = context->databaseLocation();
    config.sandboxBase = QUrl(context->sandboxUrl());
    config.databasePassword = context->databasePassword();
    // Keychain jobs stay on this thread (QtKeychain is not safe across threads); the worker asks
    // for tokens through queued calls.
    QNetworkAccessManager tokenNetwork;
    MainThreadTokenSources tokenSources(context->database(), &tokenNetwork, config.sandboxBase);
    config.tokenSources = tokenSources.factory();
    SyncThread sync(config);
    QJsonArray results;
    int remaining = int(integrations.size());
    int exitCode = 0;
    QObject receiver;
    QObject::connect(sync.engine(), &SyncEngine::phaseChanged, &receiver, [&](const RunProgress &p) {
        if (!json) {
            out << tr("  %1 ...").arg(p.phase) << Qt::endl;
        }
    });
    QObject::connect(sync.engine(), &SyncEngine::waitingForRateLimit, &receiver,
        [&](const QString &, const QDateTime &until, const QString &) {
            if (!json) {
                out << tr("  waiting for the provider's rate limit until %1 UTC")
                           .arg(until.toUTC().toString(QStringLiteral("HH:mm:ss")))
                    << Qt::endl;
            }
        });
    QObject::connect(sync.engine(), &SyncEngine::runFinished, &receiver, [&](const RunSummary &s) {
        const RunCounts &c = s.counts;
        if (s.result == RunResult::Failed) {
            exitCode = 1;
        } else if (s.result == RunResult::PartlyFailed && exitCode == 0) {
            exitCode = 3;
        }
        if (json) {
            results.append(QJsonObject { { QStringLiteral("integration"), s.integrationId },
                { QStringLiteral("run"), double(s.runId) },
                { QStringLiteral("result"), HistoryRepository::resultText(s.result) },
                { QStringLiteral("created"), c.created }, { QStringLiteral("updated"), c.updated },
                { QStringLiteral("unchanged"), c.unchanged }, { QStringLiteral("failed"), c.failed },
                { QStringLiteral("skipped"), c.skipped }, { QStringLiteral("message"), s.message } });
        } else {
            out << tr("%1: %2 - %3 created, %4 updated, %5 failed, %6 skipped. %7")
                       .arg(s.integrationId.left(8), HistoryRepository::resultText(s.result))
                       .arg(c.created)
                       .arg(c.updated)
                       .arg(c.failed)
                       .arg(c.skipped)
                       .arg(s.message)
                << Qt::endl;
        }
        if (--remaining == 0) {
            QCoreApplication::quit();
        }
    });
    for (const Integration &i : std::as_const(integrations)) {
        if (!json) {
            out << tr("Syncing %1").arg(IntegrationSelector::label(i)) << Qt::endl;
        }
        sync.requestRun(i.id, QStringLiteral("cli"), parser.isSet(QStringLiteral("full")));
    }
    // The CLI has no window: the application's own event loop runs until the last run reports.
    QCoreApplication::exec();
    if (json) {
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    }
    return exitCode;
}

} // namespace Ledgerlink
