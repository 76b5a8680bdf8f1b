// A separate process for tst_synckill: runs one sync of one integration against a sandbox and
// exits 0 when the run succeeded. The test SIGKILLs it at random moments.
//   tst_synckill_helper DB_PATH SANDBOX_URL INTEGRATION_ID
#include "auth/providerendpoints.h"
#include "providers/clientcredentialstokensource.h"
#include "store/historyrepository.h"
#include "sync/syncthread.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Ledgerlink;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        return 2;
    }
    SyncEngine::Config config;
    config.location = DatabaseLocation::sqliteFile(args.at(1));
    config.sandboxBase = QUrl(args.at(2));
    config.pacing.baseBackoffMs = 40;
    config.pacing.maxBackoffMs = 200;
    const QUrl base = config.sandboxBase;
    config.tokenSources = [base](const Integration &i, QNetworkAccessManager *network, Database &) {
        using E = ProviderEndpoints::Entity;
        return std::unique_ptr<AccessTokenSource>(new ClientCredentialsTokenSource(network,
            ProviderEndpoints::forProvider(ProviderEndpoints::Provider::Xero, base), i.clientId,
            QStringLiteral("xero-custom-secret-0123456789abcdef"),
            ProviderEndpoints::scopes(ProviderEndpoints::Provider::Xero,
                E::Customers | E::Invoices | E::Payments | E::Items | E::TaxRates | E::Accounts, true),
            Clock::system()));
    };
    SyncThread sync(config);
    int exitCode = 1;
    QObject::connect(sync.engine(), &SyncEngine::runFinished, &app, [&exitCode](const RunSummary &summary) {
        QTextStream(stdout) << HistoryRepository::resultText(summary.result) << ' ' << summary.message << Qt::endl;
        exitCode = summary.result == RunResult::Succeeded ? 0 : 1;
        QCoreApplication::quit();
    });
    sync.requestRun(args.at(3), QStringLiteral("test"), false);
    QCoreApplication::exec();
    return exitCode;
}
