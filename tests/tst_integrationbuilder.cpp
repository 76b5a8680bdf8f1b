#include "auth/secretjob.h"
#include "auth/secretstore.h"
#include "integrationbuilder.h"
#include "mockclock.h"
#include "store/integrationrepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>
#include <optional>

using namespace Ledgerlink;

// Runs under tests/fixtures/with-keyring.sh: a private session bus with an unlocked gnome-keyring.
class tst_IntegrationBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsJsonFollowsDraft();
    void validationRefusesIncompleteDraft_data();
    void validationRefusesIncompleteDraft();
    void commitsOneActiveIntegrationPerOrganisation();
    void secretsGoToKeychainOnly();
    void pkceDraftStoresNoClientSecret();
    void alreadyConnectedOrganisationIsRefused();
    void storeFailureRemovesSecretsAgain();
    void secondCommitWhileRunningIsRefused();

private:
    IntegrationDraft webDraft() const;
    std::optional<Result<IntegrationBuilder::Outcome>> commit(
        const IntegrationDraft &draft, const QString &refreshToken = {});
    QByteArray readSecret(const QString &owner, const QString &name);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<IntegrationBuilder> m_builder;
    MockClock m_clock;
};

void tst_IntegrationBuilder::init()
{
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = std::move(db).value();
    SecretStoreOptions options;
    options.jobTimeoutMs = 8000;
    options.noBackendRetryDelayMs = 50;
    m_secrets = std::make_unique<SecretStore>(*m_db, options, m_clock);
    m_builder = std::make_unique<IntegrationBuilder>(*m_db, m_clock, *m_secrets);
}

void tst_IntegrationBuilder::cleanup()
{
    m_builder.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
}

IntegrationDraft tst_IntegrationBuilder::webDraft() const
{
    IntegrationDraft draft;
    draft.provider = QStringLiteral("xero");
    draft.appType = AppType::WebApp;
    draft.clientId = QStringLiteral("CLIENT-ID-1");
    draft.clientSecret = QStringLiteral("s3cr3t-never-in-db");
    draft.organisationIds = { QStringLiteral("tenant-a"), QStringLiteral("tenant-b") };
    draft.organisationNames = { QStringLiteral("Demo Company"), QStringLiteral("Harbour Plumbing") };
    draft.items.direction = SyncDirection::ToProvider;
    draft.pollMinutes = 30;
    draft.startDate = QDate(2026, 12, 1);
    return draft;
}

std::optional<Result<IntegrationBuilder::Outcome>> tst_IntegrationBuilder::commit(
    const IntegrationDraft &draft, const QString &refreshToken)
{
    std::optional<Result<IntegrationBuilder::Outcome>> outcome;
    int emitted = 0;
    QSignalSpy finished(m_builder.get(), &IntegrationBuilder::finished);
    const auto connection = connect(
        m_builder.get(), &IntegrationBuilder::finished, this, [&](const Result<IntegrationBuilder::Outcome> &result) {
            outcome = result;
            ++emitted;
        });
    if (!m_builder->commit(draft, refreshToken)) {
        disconnect(connection);
        return std::nullopt;
    }
    if (finished.isEmpty()) {
        finished.wait(20000);
    }
    QTest::qWait(0);
    disconnect(connection);
    if (emitted != 1) {
        return std::nullopt;
    }
    return outcome;
}

QByteArray tst_IntegrationBuilder::readSecret(const QString &owner, const QString &name)
{
    std::optional<Result<QByteArray>> result;
    SecretJob *job = m_secrets->read(owner, name);
    connect(job, &SecretJob::finished, this, [&](const Result<QByteArray> &value) { result = value; });
    QSignalSpy done(job, &SecretJob::finished);
    if (!done.wait(10000) || !result || !result->ok()) {
        return {};
    }
    return result->value();
}

void tst_IntegrationBuilder::settingsJsonFollowsDraft()
{
    const QJsonObject json = IntegrationBuilder::settingsJson(webDraft());
    QCOMPARE(json.value(QStringLiteral("items")).toObject().value(QStringLiteral("direction")).toString(),
        QStringLiteral("to"));
    QCOMPARE(json.value(QStringLiteral("tax_rates")).toObject().value(QStringLiteral("direction")).toString(),
        QStringLiteral("from"));
    QCOMPARE(json.value(QStringLiteral("poll_minutes")).toInt(), 30);
    QCOMPARE(json.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(json.value(QStringLiteral("invoice_trigger_status")).toString(), QStringLiteral("PENDING_PAYMENT"));
    QVERIFY(!QJsonDocument(json).toJson().contains("s3cr3t"));
}

void tst_IntegrationBuilder::validationRefusesIncompleteDraft_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("provider") << QStringLiteral("provider");
    QTest::newRow("client id") << QStringLiteral("clientId");
    QTest::newRow("secret") << QStringLiteral("secret");
    QTest::newRow("organisation") << QStringLiteral("organisation");
}

void tst_IntegrationBuilder::validationRefusesIncompleteDraft()
{
    QFETCH(QString, missing);
    IntegrationDraft draft = webDraft();
    if (missing == QLatin1String("provider")) {
        draft.provider.clear();
    } else if (missing == QLatin1String("clientId")) {
        draft.clientId = QStringLiteral("  ");
    } else if (missing == QLatin1String("secret")) {
        draft.clientSecret.clear();
    } else {
        draft.organisationIds.clear();
        draft.organisationNames.clear();
    }
    const auto result = commit(draft);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Error::Kind::Config);
    QVERIFY(!result->error().userMessage().isEmpty());
    QCOMPARE(IntegrationRepository(*m_db, m_clock).all()->size(), 0);
}

void tst_IntegrationBuilder::commitsOneActiveIntegrationPerOrganisation()
{
    const auto result = commit(webDraft(), QStringLiteral("refresh-token-xyz"));
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QCOMPARE(result->value().integrations.size(), 2);
    const auto all = IntegrationRepository(*m_db, m_clock).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    for (const Integration &integration : all.value()) {
        QCOMPARE(integration.state, IntegrationState::Active);
        QVERIFY(integration.enabled);
        QCOMPARE(integration.provider, QStringLiteral("xero"));
        QCOMPARE(integration.appType, QStringLiteral("web"));
        QCOMPARE(integration.clientId, QStringLiteral("CLIENT-ID-1"));
        QCOMPARE(integration.grantId, result->value().grantId);
        QCOMPARE(integration.settings.value(QStringLiteral("poll_minutes")).toInt(), 30);
        QVERIFY(integration.activatedAt.isValid());
    }
    // Both were created at the same (mock) time, so compare by organisation, not by order.
    QHash<QString, QString> names;
    for (const Integration &integration : all.value()) {
        names.insert(integration.tenantId, integration.tenantName);
    }
    QCOMPARE(names.value(QStringLiteral("tenant-a")), QStringLiteral("Demo Company"));
    QCOMPARE(names.value(QStringLiteral("tenant-b")), QStringLiteral("Harbour Plumbing"));
}

void tst_IntegrationBuilder::secretsGoToKeychainOnly()
{
    const auto result = commit(webDraft(), QStringLiteral("refresh-token-xyz"));
    QVERIFY(result.has_value() && result->ok());
    const QString grant = result->value().grantId;
    QCOMPARE(readSecret(grant, IntegrationBuilder::clientSecretName()), QByteArray("s3cr3t-never-in-db"));
    QCOMPARE(readSecret(grant, IntegrationBuilder::refreshTokenName()), QByteArray("refresh-token-xyz"));
    // Nothing of either value in any table of the store.
    QSqlQuery tables(m_db->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    int checked = 0;
    while (tables.next()) {
        QSqlQuery rows(m_db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM ") + tables.value(0).toString()));
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QString value = rows.value(column).toString();
                QVERIFY2(!value.contains(QLatin1String("s3cr3t")), qPrintable(tables.value(0).toString()));
                QVERIFY(!value.contains(QLatin1String("refresh-token-xyz")));
            }
        }
        ++checked;
    }
    QVERIFY(checked > 5);
}

void tst_IntegrationBuilder::pkceDraftStoresNoClientSecret()
{
    IntegrationDraft draft = webDraft();
    draft.appType = AppType::PkceDesktop;
    draft.clientSecret.clear();
    draft.organisationIds = { QStringLiteral("tenant-only") };
    draft.organisationNames = { QStringLiteral("Only Org") };
    const auto result = commit(draft, QStringLiteral("rt"));
    QVERIFY(result.has_value() && result->ok());
    const auto names = m_secrets->names(result->value().grantId);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), QStringList { IntegrationBuilder::refreshTokenName() });
    QCOMPARE(result->value().integrations.at(0).appType, QStringLiteral("pkce"));
    QCOMPARE(result->value().integrations.at(0).redirectPort, IntegrationDraft::kDefaultRedirectPort);
}

void tst_IntegrationBuilder::alreadyConnectedOrganisationIsRefused()
{
    QVERIFY(commit(webDraft(), QStringLiteral("rt")).value().ok());
    IntegrationDraft again = webDraft();
    again.organisationIds = { QStringLiteral("tenant-new"), QStringLiteral("tenant-b") };
    again.organisationNames = { QStringLiteral("New Org"), QStringLiteral("Harbour Plumbing") };
    const auto result = commit(again, QStringLiteral("rt2"));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(result->error().userMessage().contains(QLatin1String("Harbour Plumbing is already connected")));
    QCOMPARE(IntegrationRepository(*m_db, m_clock).all()->size(), 2); // all or nothing
}

void tst_IntegrationBuilder::storeFailureRemovesSecretsAgain()
{
    QSqlQuery sabotage(m_db->connection());
    QVERIFY(sabotage.exec(QStringLiteral("ALTER TABLE integrations RENAME TO integrations_gone")));
    const auto result = commit(webDraft(), QStringLiteral("rt"));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY(!result->error().userMessage().isEmpty());
    QSqlQuery keys(m_db->connection());
    QVERIFY(keys.exec(QStringLiteral("SELECT COUNT(*) FROM secret_keys")));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(0).toInt(), 0); // the grant's secrets were removed from the keychain again
}

void tst_IntegrationBuilder::secondCommitWhileRunningIsRefused()
{
    QSignalSpy finished(m_builder.get(), &IntegrationBuilder::finished);
    QVERIFY(m_builder->commit(webDraft()));
    QVERIFY(m_builder->isRunning());
    QVERIFY(!m_builder->commit(webDraft()));
    QVERIFY(finished.wait(20000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_builder->isRunning());
}

QTEST_GUILESS_MAIN(tst_IntegrationBuilder)
#include "tst_integrationbuilder.moc"
