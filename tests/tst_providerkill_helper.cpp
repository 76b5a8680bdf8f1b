// A separate process for tst_providerkill: runs one sync of one QBO, Sage or MYOB integration
// against a sandbox and exits 0 when the run succeeded. The test SIGKILLs it at random moments.
//   tst_providerkill_helper DB_PATH SANDBOX_URL INTEGRATION_ID
// The grant's access token comes in LEDGERLINK_KILL_ACCESS_TOKEN (not argv: other local users
// can read a process's arguments); it outlives the test, so no refresh is needed.
#include "providers/accesstokensource.h"
#include "store/historyrepository.h"
#include "sync/syncthread.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace Ledgerlink;

namespace {

class FixedTokenSource : public AccessTokenSource
{
public:
    explicit FixedTokenSource(QString token)
        : m_token(std::move(token))
    { }

    void accessToken(QObject *context, Callback callback) override
    {
        const QString token = m_token;
        QTimer::singleShot(0, context, [callback, token]() {
            if (token.isEmpty()) {
                callback(Error(Error::Kind::Auth, QStringLiteral("the access token was rejected")));
            } else {
                callback(token);
            }
        });
    }
    void invalidate(const QString &token) override
    {
        if (token == m_token) {
            m_token.clear();
        }
    }

private:
    QString m_token;
};

} // namespace

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
    config.pacing.timeoutMs = 5000;
    config.pacing.default429WaitSeconds = 1;
    const QString token = qEnvironmentVariable("LEDGERLINK_KILL_ACCESS_TOKEN");
    config.tokenSources = [token](const Integration &, QNetworkAccessManager *, Database &) {
        return std::unique_ptr<AccessTokenSource>(new FixedTokenSource(token));
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
