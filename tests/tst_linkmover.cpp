// Move links to another organisation (LinkMover): nothing lost, nothing duplicated. The sandbox
// plays both Xero organisations; the second one already holds part of the business, as after a
// conversion, and the rest must be sent there exactly once.
#include "cli/cli.h"
#include "cli/movelinkscommand.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/synclock.h"
#include "sync/customersyncstep.h"
#include "sync/linkmover.h"
#include "sync/runcontext.h"
#include "sync/syncstatestore.h"
#include "syncwaiter.h"
#include "testdatabase.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerlink;

namespace {

const QString kSecondClient = QStringLiteral("LEDGERLINK-XERO-CUSTOM-2");
const QString kCustomSecret = QStringLiteral("xero-custom-secret-0123456789abcdef");

} // namespace

class tst_LinkMover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void movedRecordsAreFoundOrSentOnceInTheNewOrganisation();
    void targetLinksAreKept();
    void sameOrganisationIsRefused();
    void refusedWhileTheTargetSyncs();
    void commandLineMovesAndExplains();

private:
    /// The second organisation's integration, on its own custom connection.
    Integration addSecondOrganisation();
    /// A web-app token that reaches the second organisation (the test editing it as its user).
    QString secondOrganisationToken();
    HttpResult putInSecond(const QString &entity, const QJsonObject &record);
    QJsonArray remoteInSecond(const QString &entity);
    int countInSecond(const QString &entity, const QString &field, const QString &value);

    std::unique_ptr<SyncFixture> m_fx;
    QString m_secondToken;
};

void tst_LinkMover::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
    m_secondToken.clear();
}

void tst_LinkMover::cleanup()
{
    m_fx.reset();
}

Integration tst_LinkMover::addSecondOrganisation()
{
    const HttpResult registered = m_fx->client().postJson(QStringLiteral("/_sandbox/apps"),
        { { QStringLiteral("provider"), QStringLiteral("xero") }, { QStringLiteral("client_id"), kSecondClient },
            { QStringLiteral("client_secret"), kCustomSecret },
            { QStringLiteral("name"), QStringLiteral("Ledgerlink (second organisation)") },
            { QStringLiteral("type"), QStringLiteral("custom_connection") },
            { QStringLiteral("tenant_id"), SandboxTestClient::xeroTenant(1) } });
    if (registered.status != 201) {
        qWarning("sandbox refused the second app: %s", registered.body.constData());
        return {};
    }
    Integration second;
    second.provider = QStringLiteral("xero");
    second.appType = QStringLiteral("custom_connection");
    second.clientId = kSecondClient;
    second.tenantId = SandboxTestClient::xeroTenant(1);
    second.tenantName = QStringLiteral("Second Street Trading");
    second.state = IntegrationState::Active;
    second.enabled = true;
    auto stored = IntegrationRepository(m_fx->database(), Clock::system()).insert(second);
    return stored ? stored.value() : Integration();
}

QString tst_LinkMover::secondOrganisationToken()
{
    if (m_secondToken.isEmpty()) {
        m_secondToken = m_fx->client()
                            .xeroConnect(SandboxTestClient::defaultScope(), { SandboxTestClient::xeroTenant(1) })
                            .value(QStringLiteral("access_token"))
                            .toString();
    }
    return m_secondToken;
}

HttpResult tst_LinkMover::putInSecond(const QString &entity, const QJsonObject &record)
{
    return m_fx->client().send("PUT", QStringLiteral("/xero/api/api.xro/2.0/") + entity,
        QJsonDocument(QJsonObject { { entity, QJsonArray { record } } }).toJson(QJsonDocument::Compact),
        m_fx->client().xeroHeaders(secondOrganisationToken(), SandboxTestClient::xeroTenant(1)));
}

QJsonArray tst_LinkMover::remoteInSecond(const QString &entity)
{
    return m_fx->client()
        .send("GET", QStringLiteral("/xero/api/api.xro/2.0/") + entity, {},
            m_fx->client().xeroHeaders(secondOrganisationToken(), SandboxTestClient::xeroTenant(1)))
        .json()
        .value(entity)
        .toArray();
}

int tst_LinkMover::countInSecond(const QString &entity, const QString &field, const QString &value)
{
    int count = 0;
    for (const auto &v : remoteInSecond(entity)) {
        count += v.toObject().value(field).toString() == value ? 1 : 0;
    }
    return count;
}

void tst_LinkMover::movedRecordsAreFoundOrSentOnceInTheNewOrganisation()
{
    // The business syncs with its first organisation: one customer, two invoices pushed.
    const Customer c = m_fx->addCustomer(QStringLiteral("Harbour Café Ltd"), QStringLiteral("hello@harbour.test"));
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    const Invoice kept = m_fx->addInvoice(c.id, QStringLiteral("LM-1001"), 4000);
    const Invoice fresh = m_fx->addInvoice(c.id, QStringLiteral("LM-1002"), 6000);
    QVERIFY(invoices.setStatus(kept.id, InvoiceStatus::PendingPayment));
    QVERIFY(invoices.setStatus(fresh.id, InvoiceStatus::PendingPayment));
    const RunSummary first = m_fx->runSync();
    QVERIFY2(first.result == RunResult::Succeeded, qPrintable(first.message + QLatin1Char(' ') + first.detail));

    // The new organisation already has the customer and the first invoice (converted data: same
    // numbers, new ids), not the second.
    const Integration second = addSecondOrganisation();
    QVERIFY(!second.id.isEmpty());
    const HttpResult contact = putInSecond(QStringLiteral("Contacts"),
        { { QStringLiteral("Name"), QStringLiteral("Harbour Café Ltd") },
            { QStringLiteral("EmailAddress"), QStringLiteral("hello@harbour.test") },
            { QStringLiteral("ContactNumber"), CustomerSyncStep::externalKey(c) } });
    QCOMPARE(contact.status, 200);
    const QString contactId = contact.json()
                                  .value(QStringLiteral("Contacts"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("ContactID"))
                                  .toString();
    const HttpResult invoice = putInSecond(QStringLiteral("Invoices"),
        { { QStringLiteral("Type"), QStringLiteral("ACCREC") },
            { QStringLiteral("InvoiceNumber"), QStringLiteral("LM-1001") },
            { QStringLiteral("Contact"), QJsonObject { { QStringLiteral("ContactID"), contactId } } },
            { QStringLiteral("LineItems"),
                QJsonArray { QJsonObject { { QStringLiteral("Description"), QStringLiteral("Consulting") },
                    { QStringLiteral("Quantity"), 2 }, { QStringLiteral("UnitAmount"), 40 },
                    { QStringLiteral("AccountCode"), QStringLiteral("200") } } } } });
    QCOMPARE(invoice.status, 200);
    const QString convertedInvoiceId = invoice.json()
                                           .value(QStringLiteral("Invoices"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("InvoiceID"))
                                           .toString();
    QVERIFY(!convertedInvoiceId.isEmpty());

    LinkMover mover(m_fx->database(), Clock::system());
    auto moved = mover.move(m_fx->integration().id, second.id);
    LEDGERLINK_VERIFY_OK(moved);
    QCOMPARE(moved->lookedUp, 2);
    QVERIFY(moved->rematched >= 1); // the customer (and reference data)
    QCOMPARE(moved->alreadyLinked, 0);

    // The old organisation's integration is off and has no links; the new one starts afresh.
    IntegrationRepository repository(m_fx->database(), Clock::system());
    QVERIFY(!repository.findById(m_fx->integration().id)->enabled);
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(links.forIntegration(m_fx->integration().id)->isEmpty());
    QVERIFY(!repository.findById(second.id)->lastSuccessfulPollAt.isValid());
    const auto pendingInvoice = links.findByLocal(second.id, SyncEntity::invoice(), kept.id);
    QCOMPARE(pendingInvoice->value().state, LinkState::Pending);
    QVERIFY(pendingInvoice->value().remoteId.isEmpty());

    // History of the move names every record and its old remote id.
    HistoryRepository history(m_fx->database(), Clock::system());
    QCOMPARE(history.run(moved->runId)->trigger, QStringLiteral("move"));
    const auto items = history.items(moved->runId).value();
    QVERIFY(std::any_of(items.cbegin(), items.cend(), [&](const SyncItem &i) {
        return i.entity == SyncEntity::invoice() && i.localId == kept.id && !i.remoteId.isEmpty();
    }));

    // The new organisation's first sync finds what it has and sends only what it lacks.
    const RunSummary afterMove = SyncWaiter::run(m_fx->sync(), second.id, true, 60000);
    QVERIFY2(
        afterMove.result == RunResult::Succeeded, qPrintable(afterMove.message + QLatin1Char(' ') + afterMove.detail));
    QCOMPARE(countInSecond(QStringLiteral("Contacts"), QStringLiteral("Name"), QStringLiteral("Harbour Café Ltd")), 1);
    QCOMPARE(countInSecond(QStringLiteral("Invoices"), QStringLiteral("InvoiceNumber"), QStringLiteral("LM-1001")), 1);
    QCOMPARE(countInSecond(QStringLiteral("Invoices"), QStringLiteral("InvoiceNumber"), QStringLiteral("LM-1002")), 1);
    QCOMPARE(links.findByLocal(second.id, SyncEntity::invoice(), kept.id)->value().remoteId, convertedInvoiceId);
    QCOMPARE(links.findByLocal(second.id, SyncEntity::customer(), c.id)->value().remoteId, contactId);

    // And a further run sends nothing: everything is linked.
    m_fx->resetStats();
    const RunSummary again = SyncWaiter::run(m_fx->sync(), second.id, false, 60000);
    QCOMPARE(again.result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_LinkMover::targetLinksAreKept()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Kept Link Co"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Integration second = addSecondOrganisation();
    QVERIFY(!second.id.isEmpty());
    LinkRepository links(m_fx->database(), Clock::system());
    LEDGERLINK_VERIFY_OK(links.linkExisting(second.id, SyncEntity::customer(), c.id, QStringLiteral("X-1"), {}, {}));

    auto moved = LinkMover(m_fx->database(), Clock::system()).move(m_fx->integration().id, second.id);
    LEDGERLINK_VERIFY_OK(moved);
    QCOMPARE(moved->alreadyLinked, 1);
    QCOMPARE(links.findByLocal(second.id, SyncEntity::customer(), c.id)->value().remoteId, QStringLiteral("X-1"));
}

void tst_LinkMover::sameOrganisationIsRefused()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    LinkRepository links(m_fx->database(), Clock::system());
    const int before = int(links.forIntegration(m_fx->integration().id)->size());
    QVERIFY(before > 0);
    auto moved = LinkMover(m_fx->database(), Clock::system()).move(m_fx->integration().id, m_fx->integration().id);
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().userMessage().contains(QLatin1String("already")), qPrintable(moved.error().userMessage()));
    QCOMPARE(int(links.forIntegration(m_fx->integration().id)->size()), before);
}

void tst_LinkMover::refusedWhileTheTargetSyncs()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Busy Co"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Integration second = addSecondOrganisation();
    QVERIFY(!second.id.isEmpty());
    LinkRepository links(m_fx->database(), Clock::system());
    const int before = int(links.forIntegration(m_fx->integration().id)->size());

    // Another process (its lock row, with a live pid) is syncing the target.
    SyncLock running(m_fx->database(), Clock::system(), second.id);
    LEDGERLINK_VERIFY_OK(running.acquire());
    auto moved = LinkMover(m_fx->database(), Clock::system()).move(m_fx->integration().id, second.id);
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().userMessage().contains(QLatin1String("sync is running")),
        qPrintable(moved.error().userMessage()));
    QCOMPARE(int(links.forIntegration(m_fx->integration().id)->size()), before);
    QVERIFY(links.findByLocal(m_fx->integration().id, SyncEntity::customer(), c.id)->has_value());
}

void tst_LinkMover::commandLineMovesAndExplains()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Command Line Co"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Integration second = addSecondOrganisation();
    QVERIFY(!second.id.isEmpty());
    QVERIFY(Cli().isCommand(QStringLiteral("move-links")));
    auto run = [this](const QStringList &arguments, QString *output) {
        MoveLinksCommand command;
        QStringList all { QStringLiteral("ledgerlink"), command.name() };
        all << arguments << QStringLiteral("--profile") << m_fx->profilePath() << QStringLiteral("--database")
            << m_fx->databasePath();
        QString text;
        QTextStream out(&text);
        const int code = command.run(all, out, out);
        out.flush();
        *output = text;
        return code;
    };
    QString output;
    QCOMPARE(run({ m_fx->integration().id }, &output), 2); // the target is missing
    QVERIFY2(output.contains(QLatin1String("move from")), qPrintable(output));
    QCOMPARE(run({ m_fx->integration().id, m_fx->integration().id }, &output), 1);
    QVERIFY2(output.contains(QLatin1String("already")), qPrintable(output));
    QCOMPARE(run({ m_fx->integration().id, second.id, QStringLiteral("--json") }, &output), 0);
    const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("to")).toString(), second.id);
    QVERIFY(json.value(QStringLiteral("rematched")).toInt() >= 1);
    LinkRepository links(m_fx->database(), Clock::system());
    QVERIFY(links.forIntegration(m_fx->integration().id)->isEmpty());
    QVERIFY(!links.findByLocal(m_fx->integration().id, SyncEntity::customer(), c.id)->has_value());
}

QTEST_GUILESS_MAIN(tst_LinkMover)
#include "tst_linkmover.moc"
