// The production token path: the engine's default KeychainTokenSource reads the custom
// connection's client secret from the system keychain and gets tokens through auth's TokenManager.
// Runs under tests/fixtures/with-keyring.sh (a private D-Bus session with gnome-keyring).
#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "providers/keychaintokensource.h"
#include "store/integrationrepository.h"
#include "tst_syncfixture.h"

#include <QTest>

#include <optional>

using namespace Ledgerlink;

class tst_SyncKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsWithSecretFromKeychain();
    void missingSecretFailsTheRunClearly();
};

void tst_SyncKeychain::syncsWithSecretFromKeychain()
{
    SyncFixture fx;
    fx.useKeychainTokens();
    QVERIFY(fx.setUp());
    SecretStore secrets(fx.database());
    SecretJob *job = secrets.write(fx.integration().id, KeychainTokenSource::clientSecretName(),
        QByteArrayLiteral("xero-custom-secret-0123456789abcdef"));
    std::optional<Status> written;
    connect(job, &SecretJob::finished, this,
        [&written](const Result<QByteArray> &result) { written = result ? Status() : Status(result.error()); });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().toString()));
    fx.addCustomer(QStringLiteral("Keychain Customer"));
    const RunSummary summary = fx.runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(fx.remote(QStringLiteral("Contacts")).size(), 1);
}

void tst_SyncKeychain::missingSecretFailsTheRunClearly()
{
    SyncFixture fx;
    fx.useKeychainTokens();
    QVERIFY(fx.setUp());
    fx.addCustomer(QStringLiteral("Never Sent"));
    fx.resetStats();
    const RunSummary summary = fx.runSync();
    QCOMPARE(summary.result, RunResult::Failed);
    QVERIFY(!summary.message.isEmpty());
    QCOMPARE(fx.requests(QStringLiteral("PUT")), 0);
}

QTEST_GUILESS_MAIN(tst_SyncKeychain)
#include "tst_synckeychain.moc"
