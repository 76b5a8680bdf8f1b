// The sync engine against the Xero sandbox over real HTTP: first activation with matching, a quiet
// second run, directions, invoices at the trigger status, payments back to Paid, items both ways,
// disabled integrations, preview, paging, a backlog pushed page by page. Crash recovery is in
// tst_synccrash.cpp.
#include "sandboxclock.h"
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/invoicerepository.h"
#include "store/itemrepository.h"
#include "store/linkrepository.h"
#include "store/taxtyperepository.h"
#include "sync/customersyncstep.h"
#include "sync/runcontext.h"
#include "sync/syncengine.h"
#include "testdatabase.h"
#include "tst_syncfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstActivationMatchesWithoutDuplicates();
    void secondRunSendsNoWritesAndOneReadPerEntity();
    void customersFollowTheConfiguredDirection();
    void referenceDataComesFromXero();
    void invoicePushedOnlyAtTriggerStatus();
    void remotePaymentsMakeLocalInvoicePaid();
    void itemsBothWaysLaterChangeWins();
    void disabledIntegrationMovesNothing();
    void previewCountsAndRefusesWithoutSending();
    void demoOrganisationIsReadPageByPage();
    void backlogIsPushedPageByPageInFullBatches();

private:
    int linksTo(const QString &entity, const QString &remoteId);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_SyncEngine::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SyncEngine::cleanup()
{
    m_fx.reset();
}

int tst_SyncEngine::linksTo(const QString &entity, const QString &remoteId)
{
    auto link =
        LinkRepository(m_fx->database(), Clock::system()).findByRemote(m_fx->integration().id, entity, remoteId);
    return link && link->has_value() ? 1 : 0;
}

void tst_SyncEngine::firstActivationMatchesWithoutDuplicates()
{
    QCOMPARE(
        m_fx->xeroPut(QStringLiteral("Contacts"), { { QStringLiteral("Name"), QStringLiteral("Acme Ltd") } }).status,
        200);
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Contacts"),
                     { { QStringLiteral("Name"), QStringLiteral("Bolt & Co") },
                         { QStringLiteral("ContactNumber"), QStringLiteral("ACC-7") } })
                 .status,
        200);
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Contacts"),
                     { { QStringLiteral("Name"), QStringLiteral("Carol Consulting") },
                         { QStringLiteral("EmailAddress"), QStringLiteral("carol@example.test") } })
                 .status,
        200);
    QCOMPARE(
        m_fx->xeroPut(QStringLiteral("Contacts"), { { QStringLiteral("Name"), QStringLiteral("Remote Only") } }).status,
        200);
    const int remoteBefore = int(m_fx->remote(QStringLiteral("Contacts")).size());

    const Customer acme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer bolt = m_fx->addCustomer(QStringLiteral("Bolt Company"), {}, QStringLiteral("ACC-7"));
    const Customer carol = m_fx->addCustomer(QStringLiteral("Carol C"), QStringLiteral("CAROL@example.test"));
    const Customer local = m_fx->addCustomer(QStringLiteral("Local Only"));

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));

    // Three matched, one imported, one created: exactly one remote contact per local customer.
    const QJsonArray contacts = m_fx->remote(QStringLiteral("Contacts"));
    QCOMPARE(int(contacts.size()), remoteBefore + 1);
    auto customers = CustomerRepository(m_fx->database(), Clock::system()).page(0, 100);
    QCOMPARE(int(customers->size()), 5);
    LinkRepository links(m_fx->database(), Clock::system());
    QSet<QString> remoteIds;
    for (const Customer &c : customers.value()) {
        auto link = links.findByLocal(m_fx->integration().id, SyncEntity::customer(), c.id);
        QVERIFY(link && link->has_value());
        QCOMPARE(link->value().state, LinkState::Linked);
        remoteIds.insert(link->value().remoteId);
    }
    QCOMPARE(remoteIds.size(), 5);
    auto remoteIdOf = [&](qint64 localId) {
        return links.findByLocal(m_fx->integration().id, SyncEntity::customer(), localId)->value().remoteId;
    };
    auto nameOf = [&](const QString &remoteId) {
        for (const auto &v : contacts) {
            if (v.toObject().value(QStringLiteral("ContactID")).toString() == remoteId) {
                return v.toObject().value(QStringLiteral("Name")).toString();
            }
        }
        return QString();
    };
    QCOMPARE(nameOf(remoteIdOf(acme.id)), QStringLiteral("Acme Ltd"));
    QCOMPARE(nameOf(remoteIdOf(bolt.id)), QStringLiteral("Bolt & Co"));
    QCOMPARE(nameOf(remoteIdOf(carol.id)), QStringLiteral("Carol Consulting"));
    QCOMPARE(nameOf(remoteIdOf(local.id)), QStringLiteral("Local Only"));
    QVERIFY(summary.counts.created >= 2);
    QCOMPARE(summary.counts.failed, 0);
}

void tst_SyncEngine::secondRunSendsNoWritesAndOneReadPerEntity()
{
    m_fx->addCustomer(QStringLiteral("Quiet Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    m_fx->resetStats();
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);
    QCOMPARE(m_fx->requests(QStringLiteral("POST")), 0);
    // Accounts, TaxRates, Contacts, Items, Payments: one read each (the token request is a POST
    // to the identity endpoint only when the token is new, which it is not).
    QCOMPARE(m_fx->requests(QStringLiteral("GET")), 5);
    QCOMPARE(second.counts.created, 0);
    QCOMPARE(second.counts.updated, 0);
}

void tst_SyncEngine::customersFollowTheConfiguredDirection()
{
    m_fx.reset();
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp({ { QStringLiteral("customers"),
        QJsonObject {
            { QStringLiteral("enabled"), true }, { QStringLiteral("direction"), QStringLiteral("from") } } } }));
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Contacts"), { { QStringLiteral("Name"), QStringLiteral("Theirs") } }).status,
        200);
    const Customer ours = m_fx->addCustomer(QStringLiteral("Ours Only"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 1); // "from": ours stays here
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).page(0, 10)->size(), 2);

    // A later remote edit comes in; a local edit does not go out.
    const QString theirsId =
        m_fx->remote(QStringLiteral("Contacts")).first().toObject().value(QStringLiteral("ContactID")).toString();
    m_fx->server().clock().advance(5);
    QCOMPARE(m_fx->client()
                 .xeroWrite("POST", m_fx->xeroToken(), QStringLiteral("Contacts/") + theirsId,
                     { { QStringLiteral("ContactID"), theirsId },
                         { QStringLiteral("EmailAddress"), QStringLiteral("new@theirs.test") } })
                 .status,
        200);
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
    auto link = LinkRepository(m_fx->database(), Clock::system())
                    .findByRemote(m_fx->integration().id, SyncEntity::customer(), theirsId);
    QVERIFY(link && link->has_value());
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).findById(link->value().localId)->email,
        QStringLiteral("new@theirs.test"));
    QVERIFY(ours.id != link->value().localId);
}

void tst_SyncEngine::referenceDataComesFromXero()
{
    TaxTypeRepository taxTypes(m_fx->database(), Clock::system());
    TaxType local;
    local.name = QStringLiteral("15% GST on Income");
    local.rateE4 = 125000; // our value: 12.5 %
    QVERIFY(taxTypes.insert(local));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const qint64 id = m_fx->taxTypeId(QStringLiteral("OUTPUT2"));
    QVERIFY(id != 0);
    QCOMPARE(taxTypes.findById(id)->rateE4, qint64(150000)); // Xero's 15 % overrides ours
    auto accounts = AccountRepository(m_fx->database(), Clock::system()).page(0, 100);
    QVERIFY(accounts->size() >= 5);
}

void tst_SyncEngine::invoicePushedOnlyAtTriggerStatus()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Invoice Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // tax rates and accounts arrive
    const Invoice draft = m_fx->addInvoice(c.id, QStringLiteral("LL-1001"), 5000);
    QVERIFY(draft.id != 0);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Invoices")).size(), 0); // still a draft

    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.setStatus(draft.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Invoices"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject invoice = remote.first().toObject();
    QCOMPARE(invoice.value(QStringLiteral("InvoiceNumber")).toString(), QStringLiteral("LL-1001"));
    QCOMPARE(invoice.value(QStringLiteral("Status")).toString(), QStringLiteral("AUTHORISED"));
    QCOMPARE(invoice.value(QStringLiteral("Total")).toDouble(), 115.0); // 2 x 50.00 + 15 % GST
    QCOMPARE(linksTo(SyncEntity::invoice(), invoice.value(QStringLiteral("InvoiceID")).toString()), 1);

    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_SyncEngine::remotePaymentsMakeLocalInvoicePaid()
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Paying Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-2001"), 10000);
    InvoiceRepository invoices(m_fx->database(), Clock::system());
    QVERIFY(invoices.setStatus(inv.id, InvoiceStatus::PendingPayment));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const QString invoiceId =
        m_fx->remote(QStringLiteral("Invoices")).first().toObject().value(QStringLiteral("InvoiceID")).toString();
    auto pay = [&](double amount) {
        return m_fx->xeroPut(QStringLiteral("Payments"),
            { { QStringLiteral("Invoice"), QJsonObject { { QStringLiteral("InvoiceID"), invoiceId } } },
                { QStringLiteral("Account"), QJsonObject { { QStringLiteral("Code"), QStringLiteral("090") } } },
                { QStringLiteral("Date"), QDate::currentDate().toString(Qt::ISODate) },
                { QStringLiteral("Amount"), amount } });
    };
    QCOMPARE(pay(100.0).status, 200); // part of 230.00
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(10000));
    QCOMPARE(inv.status, InvoiceStatus::PendingPayment);

    QCOMPARE(pay(130.0).status, 200);
    const RunSummary paid = m_fx->runSync();
    QCOMPARE(paid.result, RunResult::Succeeded);
    inv = invoices.findById(inv.id).value();
    QCOMPARE(inv.amountPaidMinor, qint64(23000));
    QCOMPARE(inv.status, InvoiceStatus::Paid);
    // Nothing is pushed back because of the provider's own change.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(invoices.findById(inv.id)->amountPaidMinor, qint64(23000));
}

void tst_SyncEngine::itemsBothWaysLaterChangeWins()
{
    ItemRepository items(m_fx->database(), Clock::system());
    Item local;
    local.code = QStringLiteral("WIDGET");
    local.name = QStringLiteral("Widget");
    local.salePriceMinor = 1250;
    local = items.insert(local).value();
    QCOMPARE(m_fx->xeroPut(QStringLiteral("Items"),
                     { { QStringLiteral("Code"), QStringLiteral("GADGET") },
                         { QStringLiteral("Name"), QStringLiteral("Gadget") },
                         { QStringLiteral("SalesDetails"), QJsonObject { { QStringLiteral("UnitPrice"), 9.99 } } } })
                 .status,
        200);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Items")).size(), 2); // ours went up
    auto all = items.page(0, 10).value();
    QCOMPARE(all.size(), 2); // theirs came down
    qint64 gadgetId = 0;
    for (const Item &i : all) {
        if (i.code == QLatin1String("GADGET")) {
            gadgetId = i.id;
            QCOMPARE(i.salePriceMinor, qint64(999));
        }
    }
    QVERIFY(gadgetId);

    // Both sides change WIDGET; Xero's change is the later one and wins.
    local = items.findById(local.id).value();
    local.name = QStringLiteral("Widget (ours)");
    QVERIFY(items.update(local));
    QString widgetId;
    for (const auto &v : m_fx->remote(QStringLiteral("Items"))) {
        if (v.toObject().value(QStringLiteral("Code")).toString() == QLatin1String("WIDGET")) {
            widgetId = v.toObject().value(QStringLiteral("ItemID")).toString();
        }
    }
    m_fx->server().clock().advance(60); // Xero's edit is clearly the later one
    QCOMPARE(m_fx->client()
                 .xeroWrite("POST", m_fx->xeroToken(), QStringLiteral("Items/") + widgetId,
                     { { QStringLiteral("ItemID"), widgetId },
                         { QStringLiteral("Name"), QStringLiteral("Widget (theirs)") } })
                 .status,
        200);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(items.findById(local.id)->name, QStringLiteral("Widget (theirs)"));
    auto changes = ChangeLogRepository(m_fx->database(), Clock::system()).forRecord(SyncEntity::item(), local.id);
    bool logged = false;
    for (const ChangeLogEntry &e : changes.value()) {
        logged = logged
            || (e.field == QLatin1String("name") && e.oldValue == QLatin1String("Widget (ours)")
                && e.newValue == QLatin1String("Widget (theirs)"));
    }
    QVERIFY(logged);

    // Only our side changes now: ours goes up.
    local = items.findById(local.id).value();
    local.salePriceMinor = 1500;
    QVERIFY(items.update(local));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    for (const auto &v : m_fx->remote(QStringLiteral("Items"))) {
        if (v.toObject().value(QStringLiteral("ItemID")).toString() == widgetId) {
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("SalesDetails"))
                         .toObject()
                         .value(QStringLiteral("UnitPrice"))
                         .toDouble(),
                15.0);
            QCOMPARE(v.toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("Widget (theirs)"));
        }
    }
}

void tst_SyncEngine::disabledIntegrationMovesNothing()
{
    m_fx.reset();
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp({}, false));
    m_fx->addCustomer(QStringLiteral("Never Sent"));
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::Cancelled);
    QCOMPARE(m_fx->stats().value(QStringLiteral("total")).toInt(), 0);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 0);
    RunFilter filter;
    filter.integrationId = m_fx->integration().id;
    QCOMPARE(HistoryRepository(m_fx->database(), Clock::system()).runs(filter)->size(), 0);
}

void tst_SyncEngine::previewCountsAndRefusesWithoutSending()
{
    m_fx->addCustomer(QStringLiteral("Fine Customer"));
    m_fx->addCustomer(QString(200, QLatin1Char('x')) + QString(100, QLatin1Char('y')));
    m_fx->resetStats();
    std::optional<SyncPreview> ready;
    QObject context;
    connect(
        m_fx->sync().engine(), &SyncEngine::previewReady, &context, [&ready](const SyncPreview &p) { ready = p; },
        Qt::QueuedConnection);
    m_fx->sync().requestPreview(m_fx->integration().id);
    QTRY_VERIFY_WITH_TIMEOUT(ready.has_value(), 10000);
    const SyncPreview preview = *ready;
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.entities.first().entity, SyncEntity::customer());
    QCOMPARE(preview.entities.first().toSend, 1);
    QCOMPARE(preview.refusals.size(), 1);
    QVERIFY(preview.refusals.first().reason.contains(QLatin1String("255")));
    QCOMPARE(m_fx->stats().value(QStringLiteral("total")).toInt(), 0);
}

void tst_SyncEngine::demoOrganisationIsReadPageByPage()
{
    // 230 contacts are three pages of 100; 60 invoices of the organisation's own were not pushed by
    // us, so their payments are not ours to apply.
    const QJsonObject made = m_fx->server().seed(QStringLiteral("xero"), m_fx->tenant(),
        { { QStringLiteral("customers"), 230 }, { QStringLiteral("items"), 12 }, { QStringLiteral("invoices"), 60 } });
    QCOMPARE(made.value(QStringLiteral("customers")).toInt(), 230);
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    const QJsonObject paths = m_fx->stats().value(QStringLiteral("by_path")).toObject();
    QCOMPARE(paths.value(QStringLiteral("GET /xero/api/api.xro/2.0/Contacts")).toInt(), 3);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 1); // the token only
    const int remoteContacts = int(m_fx->remote(QStringLiteral("Contacts")).size());
    QCOMPARE(remoteContacts, 230);
    QCOMPARE(int(CustomerRepository(m_fx->database(), Clock::system()).page(0, 1000)->size()), remoteContacts);
    QCOMPARE(int(ItemRepository(m_fx->database(), Clock::system()).page(0, 1000)->size()), 12);
    QCOMPARE(InvoiceRepository(m_fx->database(), Clock::system()).page(0, 10)->size(), 0);
}

void tst_SyncEngine::backlogIsPushedPageByPageInFullBatches()
{
    // 450 customers are three pages of local records (200, 200, 50): each page is sent before the
    // next is read, in Xero's batches of 50, so nine PUTs as for one long list; progress counts
    // the customers looked at, never goes back, and ends at 450 of 450.
    constexpr int n = 450;
    for (int i = 0; i < n; ++i) {
        m_fx->addCustomer(QStringLiteral("Backlog %1").arg(i, 3, 10, QLatin1Char('0')));
    }
    QList<RunProgress> progress;
    connect(m_fx->sync().engine(), &SyncEngine::progressChanged, this, [&progress](const RunProgress &p) {
        if (p.phase == QLatin1String("customers")) {
            progress.append(p);
        }
    });
    m_fx->resetStats();
    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));
    QCOMPARE(summary.counts.failed, 0);
    QCOMPARE(int(m_fx->remote(QStringLiteral("Contacts")).size()), n);
    const QJsonObject paths = m_fx->stats().value(QStringLiteral("by_path")).toObject();
    QCOMPARE(paths.value(QStringLiteral("PUT /xero/api/api.xro/2.0/Contacts")).toInt(), 9);
    QTRY_VERIFY(!progress.isEmpty() && progress.constLast().done == n);
    QCOMPARE(progress.constLast().total, n);
    for (int i = 1; i < progress.size(); ++i) {
        QVERIFY2(progress.at(i).done >= progress.at(i - 1).done, qPrintable(QString::number(i)));
        QVERIFY(progress.at(i).done <= progress.at(i).total);
    }
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
