#include "mockclock.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QTest>
#include <QUuid>

using namespace Ledgerlink;

/// Integrations and the link journal on the registered backend.
class tst_IntegrationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stateEnumIsRegistered();
    void roundTripsEveryField();
    void everyStateRoundTrips_data();
    void everyStateRoundTrips();
    void activationAndPollTimes();
    void removeDeletesLinksAndSecretNames();
    void beginWriteRecordsPendingBeforeProviderCall();
    void completeWriteLinks();
    void pendingWritesSurviveReopen();
    void beginWriteOnLinkedRecordKeepsRemoteId();
    void failWriteOfFirstWriteIsFailed();
    void duplicateRemoteIdIsClearError();
    void findByRemote();
    void lookupLinksArePendingWithoutRemoteId();
    void removeForIntegrationLeavesOthers();

private:
    Integration newIntegration(const QString &tenantName = QStringLiteral("Zoë's Café Ltd"));

    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
};

void tst_IntegrationRepository::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_IntegrationRepository::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

Integration tst_IntegrationRepository::newIntegration(const QString &tenantName)
{
    IntegrationRepository integrations(*m_db, m_clock);
    Integration integration;
    integration.provider = QStringLiteral("xero");
    integration.appType = QStringLiteral("web");
    integration.tenantName = tenantName;
    auto saved = integrations.insert(integration);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return {};
    }
    return saved.value();
}

void tst_IntegrationRepository::stateEnumIsRegistered()
{
    const QMetaEnum meta = QMetaEnum::fromType<IntegrationState>();
    QCOMPARE(meta.keyCount(), 6);
    QCOMPARE(QString::fromLatin1(meta.valueToKey(int(IntegrationState::NeedsReauthorisation))),
        QStringLiteral("NeedsReauthorisation"));
    QVERIFY(IntegrationStates::isTransient(IntegrationState::RateLimited));
    QVERIFY(!IntegrationStates::isTransient(IntegrationState::Error));
}

void tst_IntegrationRepository::roundTripsEveryField()
{
    IntegrationRepository integrations(*m_db, m_clock);
    Integration integration;
    integration.provider = QStringLiteral("qbo");
    integration.appType = QStringLiteral("desktop");
    integration.clientId = QStringLiteral("ABcd1234");
    integration.grantId = QStringLiteral("grant-7");
    integration.tenantId = QStringLiteral("9130349876");
    integration.tenantName = QStringLiteral("Müller & Söhne GmbH");
    integration.state = IntegrationState::NeedsReauthorisation;
    integration.enabled = true;
    integration.settings = QJsonObject { { QStringLiteral("pollMinutes"), 15 },
        { QStringLiteral("entities"), QJsonArray { QStringLiteral("customer") } },
        { QStringLiteral("note"), QStringLiteral("Café") } };
    integration.redirectPort = 53682;
    integration.nextPollAt = m_clock.now().addSecs(900);
    auto saved = integrations.insert(integration);
    LEDGERLINK_VERIFY_OK(saved);
    QVERIFY(!QUuid::fromString(saved->id).isNull());
    auto loaded = integrations.findById(saved->id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->provider, QStringLiteral("qbo"));
    QCOMPARE(loaded->appType, QStringLiteral("desktop"));
    QCOMPARE(loaded->clientId, QStringLiteral("ABcd1234"));
    QCOMPARE(loaded->grantId, QStringLiteral("grant-7"));
    QCOMPARE(loaded->tenantId, QStringLiteral("9130349876"));
    QCOMPARE(loaded->tenantName, QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(loaded->state, IntegrationState::NeedsReauthorisation);
    QCOMPARE(loaded->enabled, true);
    QCOMPARE(loaded->settings, integration.settings);
    QCOMPARE(loaded->redirectPort, 53682);
    QCOMPARE(loaded->createdAt, m_clock.now());
    QVERIFY(!loaded->activatedAt.isValid());
    QVERIFY(!loaded->lastSuccessfulPollAt.isValid());
    QCOMPARE(loaded->nextPollAt, m_clock.now().addSecs(900));
    auto all = integrations.all();
    LEDGERLINK_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(!integrations.findById(QStringLiteral("nope")).ok());
}

void tst_IntegrationRepository::everyStateRoundTrips_data()
{
    QTest::addColumn<IntegrationState>("state");
    const QMetaEnum meta = QMetaEnum::fromType<IntegrationState>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        QTest::newRow(meta.key(i)) << IntegrationState(meta.value(i));
    }
}

void tst_IntegrationRepository::everyStateRoundTrips()
{
    QFETCH(IntegrationState, state);
    const Integration integration = newIntegration();
    IntegrationRepository integrations(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(integrations.setState(integration.id, state));
    auto loaded = integrations.findById(integration.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->state, state);
    QCOMPARE(IntegrationStates::fromText(IntegrationStates::toText(state)), std::optional<IntegrationState>(state));
}

void tst_IntegrationRepository::activationAndPollTimes()
{
    const Integration integration = newIntegration();
    IntegrationRepository integrations(*m_db, m_clock);
    m_clock.advance(60000);
    const QDateTime activated = m_clock.now();
    LEDGERLINK_VERIFY_OK(integrations.setState(integration.id, IntegrationState::Active));
    m_clock.advance(60000);
    LEDGERLINK_VERIFY_OK(integrations.setState(integration.id, IntegrationState::RateLimited));
    m_clock.advance(60000);
    LEDGERLINK_VERIFY_OK(integrations.recordSuccessfulPoll(integration.id, m_clock.now().addSecs(300)));
    auto loaded = integrations.findById(integration.id);
    LEDGERLINK_VERIFY_OK(loaded);
    QCOMPARE(loaded->activatedAt, activated); // only the first activation counts
    QCOMPARE(loaded->state, IntegrationState::Active); // a good poll ends the transient state
    QCOMPARE(loaded->lastSuccessfulPollAt, m_clock.now());
    QCOMPARE(loaded->nextPollAt, m_clock.now().addSecs(300));
    QCOMPARE(loaded->updatedAt, m_clock.now());
}

void tst_IntegrationRepository::removeDeletesLinksAndSecretNames()
{
    const Integration integration = newIntegration();
    const Integration other = newIntegration(QStringLiteral("Other"));
    IntegrationRepository integrations(*m_db, m_clock);
    LinkRepository links(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(integrations.addSecretKeyName(integration.id, integration.id + QStringLiteral("/refresh")));
    LEDGERLINK_VERIFY_OK(integrations.addSecretKeyName(integration.id, integration.id + QStringLiteral("/refresh")));
    LEDGERLINK_VERIFY_OK(integrations.addSecretKeyName(other.id, other.id + QStringLiteral("/refresh")));
    auto names = integrations.secretKeyNames(integration.id);
    LEDGERLINK_VERIFY_OK(names);
    QCOMPARE(names.value(), QStringList { integration.id + QStringLiteral("/refresh") });
    LEDGERLINK_VERIFY_OK(
        links.linkExisting(integration.id, QStringLiteral("customer"), 1, QStringLiteral("R1"), {}, {}));
    LEDGERLINK_VERIFY_OK(links.linkExisting(other.id, QStringLiteral("customer"), 1, QStringLiteral("R1"), {}, {}));

    LEDGERLINK_VERIFY_OK(integrations.remove(integration.id));
    QVERIFY(!integrations.findById(integration.id).ok());
    auto gone = links.findByLocal(integration.id, QStringLiteral("customer"), 1);
    LEDGERLINK_VERIFY_OK(gone);
    QVERIFY(!gone->has_value());
    QCOMPARE(integrations.secretKeyNames(integration.id).value().size(), 0);
    auto kept = links.findByLocal(other.id, QStringLiteral("customer"), 1);
    LEDGERLINK_VERIFY_OK(kept);
    QVERIFY(kept->has_value());
    QCOMPARE(integrations.secretKeyNames(other.id).value().size(), 1);
}

void tst_IntegrationRepository::beginWriteRecordsPendingBeforeProviderCall()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    auto link = links.beginWrite(integration.id, QStringLiteral("customer"), 42, QStringLiteral("v3"));
    LEDGERLINK_VERIFY_OK(link);
    QCOMPARE(link->state, LinkState::Pending);
    QCOMPARE(link->localId, qint64(42));
    QCOMPARE(link->localVersion, QStringLiteral("v3"));
    QVERIFY(link->remoteId.isEmpty());
    QVERIFY(!QUuid::fromString(link->idempotencyKey).isNull());
    auto pending = links.pendingWrites(integration.id);
    LEDGERLINK_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).idempotencyKey, link->idempotencyKey);
    // A given key is kept (a retry after a crash re-sends the same key).
    auto again =
        links.beginWrite(integration.id, QStringLiteral("customer"), 42, QStringLiteral("v3"), QStringLiteral("key-1"));
    LEDGERLINK_VERIFY_OK(again);
    QCOMPARE(again->id, link->id);
    QCOMPARE(again->idempotencyKey, QStringLiteral("key-1"));
}

void tst_IntegrationRepository::completeWriteLinks()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    auto link = links.beginWrite(integration.id, QStringLiteral("invoice"), 7, QStringLiteral("v1"));
    LEDGERLINK_VERIFY_OK(link);
    m_clock.advance(2000);
    auto done = links.completeWrite(link->id, QStringLiteral("b2f6-remote"), QStringLiteral("2026-11-27T09:00:02"));
    LEDGERLINK_VERIFY_OK(done);
    QCOMPARE(done->state, LinkState::Linked);
    QCOMPARE(done->remoteId, QStringLiteral("b2f6-remote"));
    QCOMPARE(done->remoteVersion, QStringLiteral("2026-11-27T09:00:02"));
    QCOMPARE(done->lastSyncedAt, m_clock.now());
    QCOMPARE(links.pendingWrites(integration.id).value().size(), 0);
    QVERIFY(!links.completeWrite(link->id, QString(), QString()).ok());
}

void tst_IntegrationRepository::pendingWritesSurviveReopen()
{
    QString integrationId;
    {
        integrationId = newIntegration().id;
        LinkRepository links(*m_db, m_clock);
        LEDGERLINK_VERIFY_OK(
            links.beginWrite(integrationId, QStringLiteral("customer"), 1, QStringLiteral("a"), QStringLiteral("k1")));
        m_clock.advance(1000);
        LEDGERLINK_VERIFY_OK(
            links.beginWrite(integrationId, QStringLiteral("customer"), 2, QStringLiteral("b"), QStringLiteral("k2")));
        m_db.reset(); // "crash" between the journal entry and the provider's answer
    }
    auto db = TestDatabase::openAgain(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
    LinkRepository links(*m_db, m_clock);
    auto pending = links.pendingWrites(integrationId);
    LEDGERLINK_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).idempotencyKey, QStringLiteral("k1"));
    QCOMPARE(pending->at(1).idempotencyKey, QStringLiteral("k2"));
}

void tst_IntegrationRepository::beginWriteOnLinkedRecordKeepsRemoteId()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    auto linked = links.linkExisting(integration.id, QStringLiteral("item"), 5, QStringLiteral("ITEM-5"),
        QStringLiteral("r1"), QStringLiteral("l1"));
    LEDGERLINK_VERIFY_OK(linked);
    QCOMPARE(linked->state, LinkState::Linked);
    auto update = links.beginWrite(integration.id, QStringLiteral("item"), 5, QStringLiteral("l2"));
    LEDGERLINK_VERIFY_OK(update);
    QCOMPARE(update->id, linked->id);
    QCOMPARE(update->state, LinkState::Pending);
    QCOMPARE(update->remoteId, QStringLiteral("ITEM-5"));
    auto failed = links.failWrite(update->id, QStringLiteral("Validation error: name too long"));
    LEDGERLINK_VERIFY_OK(failed);
    QCOMPARE(failed->state, LinkState::Linked); // still the same remote twin
    QCOMPARE(failed->lastError, QStringLiteral("Validation error: name too long"));
}

void tst_IntegrationRepository::failWriteOfFirstWriteIsFailed()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    auto link = links.beginWrite(integration.id, QStringLiteral("customer"), 9, QStringLiteral("v1"));
    LEDGERLINK_VERIFY_OK(link);
    auto failed = links.failWrite(link->id, QStringLiteral("400 Bad Request"));
    LEDGERLINK_VERIFY_OK(failed);
    QCOMPARE(failed->state, LinkState::Failed);
    QCOMPARE(links.pendingWrites(integration.id).value().size(), 0);
}

void tst_IntegrationRepository::duplicateRemoteIdIsClearError()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(
        links.linkExisting(integration.id, QStringLiteral("customer"), 1, QStringLiteral("C-1"), {}, {}));
    auto second = links.beginWrite(integration.id, QStringLiteral("customer"), 2, QStringLiteral("v1"));
    LEDGERLINK_VERIFY_OK(second);
    auto clash = links.completeWrite(second->id, QStringLiteral("C-1"), {});
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().kind(), Error::Kind::Item);
    QCOMPARE(clash.error().userMessage(),
        QStringLiteral("The provider's customer C-1 is already linked to local customer 1, so it cannot also be "
                       "linked to customer 2. One of them is probably a duplicate; merge them and sync again."));
    QVERIFY(!clash.error().detail().isEmpty());
    auto viaPull = links.linkExisting(integration.id, QStringLiteral("customer"), 3, QStringLiteral("C-1"), {}, {});
    QVERIFY(!viaPull.ok());
    QVERIFY(viaPull.error().userMessage().contains(QLatin1String("local customer 1")));
    auto nothingFor3 = links.findByLocal(integration.id, QStringLiteral("customer"), 3);
    LEDGERLINK_VERIFY_OK(nothingFor3);
    QVERIFY(!nothingFor3->has_value()); // rolled back
}

void tst_IntegrationRepository::findByRemote()
{
    const Integration integration = newIntegration();
    LinkRepository links(*m_db, m_clock);
    LEDGERLINK_VERIFY_OK(
        links.linkExisting(integration.id, QStringLiteral("invoice"), 11, QStringLiteral("INV-R"), {}, {}));
    auto found = links.findByRemote(integration.id, QStringLiteral("invoice"), QStringLiteral("INV-R"));
    LEDGERLINK_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE(found->value().localId, qint64(11));
    auto otherEntity = links.findByRemote(integration.id, QStringLiteral("customer"), QStringLiteral("INV-R"));
    LEDGERLINK_VERIFY_OK(otherEntity);
    QVERIFY(!otherEntity->has_value());
}

void tst_IntegrationRepository::lookupLinksArePendingWithoutRemoteId()
{
    const Integration target = newIntegration(QStringLiteral("New organisation"));
    LinkRepository links(*m_db, m_clock);
    auto first = links.addLookup(target.id, QStringLiteral("invoice"), 7);
    auto second = links.addLookup(target.id, QStringLiteral("invoice"), 8);
    LEDGERLINK_VERIFY_OK(first);
    LEDGERLINK_VERIFY_OK(second);
    QCOMPARE(first->state, LinkState::Pending);
    QVERIFY(first->remoteId.isEmpty());
    QVERIFY(!first->idempotencyKey.isEmpty());
    QVERIFY(first->idempotencyKey != second->idempotencyKey);
    auto pending = links.pendingWrites(target.id);
    LEDGERLINK_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    // Still one link per local record.
    QVERIFY(!links.addLookup(target.id, QStringLiteral("invoice"), 7).ok());
}

void tst_IntegrationRepository::removeForIntegrationLeavesOthers()
{
    const Integration from = newIntegration(QStringLiteral("Old organisation"));
    const Integration other = newIntegration(QStringLiteral("Other organisation"));
    LinkRepository links(*m_db, m_clock);
    for (qint64 id = 1; id <= 3; ++id) {
        LEDGERLINK_VERIFY_OK(
            links.linkExisting(from.id, QStringLiteral("customer"), id, QStringLiteral("R%1").arg(id), {}, {}));
    }
    LEDGERLINK_VERIFY_OK(links.linkExisting(other.id, QStringLiteral("customer"), 1, QStringLiteral("O1"), {}, {}));
    QCOMPARE(links.forIntegration(from.id)->size(), 3);
    auto removed = links.removeForIntegration(from.id);
    LEDGERLINK_VERIFY_OK(removed);
    QCOMPARE(removed.value(), 3);
    QVERIFY(links.forIntegration(from.id)->isEmpty());
    QCOMPARE(links.forIntegration(other.id)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_IntegrationRepository)
#include "tst_integrationrepository.moc"
