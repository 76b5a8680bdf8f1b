// Sync engine rules of issue #6 against the Xero sandbox over real HTTP: the wizard's matching
// table and account mapping, retry of a run's failed records, and local payments pushed.
// (QuickBooks Online: tst_qborules.cpp.)
#include "cli/cli.h"
#include "cli/retrycommand.h"
#include "store/customerrepository.h"
#include "store/historyrepository.h"
#include "store/integrationrepository.h"
#include "store/invoicerepository.h"
#include "store/linkrepository.h"
#include "store/paymentrepository.h"
#include "sync/runcontext.h"
#include "sync/syncstatestore.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ledgerlink;

class tst_SyncRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchingTableLinksSkipsAndLeavesTheRestAutomatic();
    void matchingTableWithUnknownIdsFailsWithoutDuplicates();
    void salesAccountCodeOnLinesWithoutAccount();
    void retryReattemptsOnlyTheFailedRecords();
    void retryOfRunWithoutFailuresOrOfAnotherIntegration();
    void retryCommandChecksItsArguments();
    void fullRunTimeIsRecorded();
    void localPaymentsOfPushedInvoicesArePushedOnce();
    void localPaymentsStayLocalWithoutTheSetting();
    void paymentWithoutAccountFailsAndRetrySendsItOnceFixed();

private:
    RunSummary retry(qint64 runId);
    /// A customer and an invoice of 2 x unitPrice + 15 % GST, pushed; its Xero InvoiceID.
    Invoice pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId);
    Payment pay(qint64 invoiceId, qint64 amountMinor, const QString &reference);
    QJsonArray remotePaymentsOf(const QString &invoiceRemoteId);
    void setSettings(const QJsonObject &settings);
    QString remoteIdOf(const QString &entity, qint64 localId);
    QString createContact(const QString &name);
    QList<SyncItem> items(qint64 runId, bool failedOnly = false);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_SyncRules::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SyncRules::cleanup()
{
    m_fx.reset();
}

void tst_SyncRules::setSettings(const QJsonObject &settings)
{
    IntegrationRepository repository(m_fx->database(), Clock::system());
    Integration i = repository.findById(m_fx->integration().id).value();
    i.settings = settings;
    QVERIFY(repository.update(i));
}

QString tst_SyncRules::remoteIdOf(const QString &entity, qint64 localId)
{
    auto link = LinkRepository(m_fx->database(), Clock::system()).findByLocal(m_fx->integration().id, entity, localId);
    return link && link->has_value() ? link->value().remoteId : QString();
}

QString tst_SyncRules::createContact(const QString &name)
{
    const HttpResult r = m_fx->xeroPut(QStringLiteral("Contacts"), { { QStringLiteral("Name"), name } });
    return r.json()
        .value(QStringLiteral("Contacts"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("ContactID"))
        .toString();
}

QList<SyncItem> tst_SyncRules::items(qint64 runId, bool failedOnly)
{
    return HistoryRepository(m_fx->database(), Clock::system()).items(runId, failedOnly).value();
}

RunSummary tst_SyncRules::retry(qint64 runId)
{
    std::optional<RunSummary> summary;
    QObject context;
    connect(
        m_fx->sync().engine(), &SyncEngine::runFinished, &context, [&summary](const RunSummary &s) { summary = s; },
        Qt::QueuedConnection);
    m_fx->sync().requestRetryFailed(m_fx->integration().id, runId);
    if (!QTest::qWaitFor([&summary]() { return summary.has_value(); }, 60000)) {
        return {};
    }
    return *summary;
}

void tst_SyncRules::matchingTableLinksSkipsAndLeavesTheRestAutomatic()
{
    const QString acmeRemote = createContact(QStringLiteral("Acme Ltd"));
    const QString zedRemote = createContact(QStringLiteral("Zed Holdings"));
    createContact(QStringLiteral("Skippy"));
    QVERIFY(!acmeRemote.isEmpty() && !zedRemote.isEmpty());

    // Automatic matching would pair "ACME Limited" with "Acme Ltd"; the admin said Zed Holdings.
    const Customer acme = m_fx->addCustomer(QStringLiteral("ACME Limited"));
    const Customer skippy = m_fx->addCustomer(QStringLiteral("Skippy"));
    const Customer plain = m_fx->addCustomer(QStringLiteral("Plain Local"));
    const Invoice skippedInvoice = m_fx->addInvoice(skippy.id, QStringLiteral("LL-SKIP-1"), 1000);
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system())
                .setStatus(skippedInvoice.id, InvoiceStatus::PendingPayment));
    setSettings({ { QStringLiteral("customer_matching"),
        QJsonObject { { QStringLiteral("link"), QJsonObject { { QString::number(acme.id), zedRemote } } },
            { QStringLiteral("skip"), QJsonArray { double(skippy.id) } } } } });

    const RunSummary summary = m_fx->runSync();
    QVERIFY2(summary.result == RunResult::Succeeded, qPrintable(summary.message + QLatin1Char(' ') + summary.detail));

    QCOMPARE(remoteIdOf(SyncEntity::customer(), acme.id), zedRemote);
    QVERIFY(remoteIdOf(SyncEntity::customer(), skippy.id).isEmpty());
    QVERIFY(!remoteIdOf(SyncEntity::customer(), plain.id).isEmpty()); // not mentioned: created
    // Acme Ltd found no free local twin and came in as its own customer; Skippy's remote twin did
    // not, because its only match is kept out.
    auto locals = CustomerRepository(m_fx->database(), Clock::system()).page(0, 100).value();
    QStringList names;
    for (const Customer &c : locals) {
        names << c.name;
    }
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("ACME Limited"), QStringLiteral("Acme Ltd"), QStringLiteral("Plain Local"),
            QStringLiteral("Skippy") }));
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 4); // three remote + Plain Local
    QCOMPARE(m_fx->remote(QStringLiteral("Invoices")).size(), 0);

    bool invoiceSkipped = false;
    for (const SyncItem &item : items(summary.runId)) {
        if (item.entity == SyncEntity::invoice() && item.localId == skippedInvoice.id) {
            invoiceSkipped = item.outcome == ItemOutcome::Skipped && item.errorMessage.contains(QLatin1String("skip"));
        }
    }
    QVERIFY(invoiceSkipped);

    // Later runs keep Skippy out too.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_SyncRules::matchingTableWithUnknownIdsFailsWithoutDuplicates()
{
    const QString existing = createContact(QStringLiteral("Existing Contact"));
    const Customer wrong = m_fx->addCustomer(QStringLiteral("Wrong Answer"));
    const Customer taken = m_fx->addCustomer(QStringLiteral("Taken Answer"));
    const Customer existingLocal = m_fx->addCustomer(QStringLiteral("Existing Contact"));
    setSettings({ { QStringLiteral("customer_matching"),
        QJsonObject { { QStringLiteral("link"),
            QJsonObject { { QString::number(wrong.id), QStringLiteral("00000000-0000-0000-0000-00000000dead") },
                { QStringLiteral("987654"), existing }, { QStringLiteral("not-a-number"), existing } } } } } });
    Q_UNUSED(taken)

    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::PartlyFailed);
    const QList<SyncItem> failed = items(first.runId, true);
    QCOMPARE(failed.size(), 3);
    bool wrongExplained = false;
    for (const SyncItem &item : failed) {
        QCOMPARE(item.entity, SyncEntity::customer());
        QVERIFY(!item.errorMessage.isEmpty());
        if (item.localId == wrong.id) {
            wrongExplained = item.errorMessage.contains(QLatin1String("no such contact"));
        }
    }
    QVERIFY(wrongExplained);
    // The wrongly answered customer is neither created nor matched; the others go on as usual.
    QVERIFY(remoteIdOf(SyncEntity::customer(), wrong.id).isEmpty());
    QCOMPARE(remoteIdOf(SyncEntity::customer(), existingLocal.id), existing);
    QVERIFY(!remoteIdOf(SyncEntity::customer(), taken.id).isEmpty());
    const int contacts = int(m_fx->remote(QStringLiteral("Contacts")).size());
    QCOMPARE(contacts, 2); // Existing Contact + Taken Answer

    // Still wrong on the next run: it fails again, and nothing is duplicated.
    const RunSummary second = m_fx->runSync();
    QCOMPARE(second.result, RunResult::PartlyFailed);
    QCOMPARE(items(second.runId, true).size(), 1);
    QCOMPARE(int(m_fx->remote(QStringLiteral("Contacts")).size()), contacts);
    QCOMPARE(CustomerRepository(m_fx->database(), Clock::system()).page(0, 100)->size(), 3);
}

void tst_SyncRules::salesAccountCodeOnLinesWithoutAccount()
{
    setSettings({ { QStringLiteral("sales_account_code"), QStringLiteral("260") } });
    const Customer c = m_fx->addCustomer(QStringLiteral("Account Customer"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    const Invoice inv = m_fx->addInvoice(c.id, QStringLiteral("LL-ACC-1"), 2500);
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment));
    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    const QJsonArray remote = m_fx->remote(QStringLiteral("Invoices"));
    QCOMPARE(remote.size(), 1);
    const QJsonObject line = remote.first().toObject().value(QStringLiteral("LineItems")).toArray().first().toObject();
    QCOMPARE(line.value(QStringLiteral("AccountCode")).toString(), QStringLiteral("260")); // not Sales (200)
}

void tst_SyncRules::retryReattemptsOnlyTheFailedRecords()
{
    const QString tooLong = QString(300, QLatin1Char('x'));
    Customer fixable = m_fx->addCustomer(tooLong + QStringLiteral("-fixable"));
    const Customer stillBad = m_fx->addCustomer(tooLong + QStringLiteral("-bad"));
    const Customer fine = m_fx->addCustomer(QStringLiteral("Fine Customer"));
    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::PartlyFailed);
    QCOMPARE(first.counts.failed, 2);
    QVERIFY(!remoteIdOf(SyncEntity::customer(), fine.id).isEmpty());

    // One is fixed here; a new customer appears that the retry must leave for the next normal run.
    CustomerRepository customers(m_fx->database(), Clock::system());
    fixable.name = QStringLiteral("Fixable Customer");
    QVERIFY(customers.update(fixable));
    const Customer newcomer = m_fx->addCustomer(QStringLiteral("Newcomer"));
    m_fx->resetStats();

    const RunSummary retried = retry(first.runId);
    QVERIFY(retried.runId != 0 && retried.runId != first.runId);
    QCOMPARE(retried.result, RunResult::PartlyFailed);
    QCOMPARE(retried.counts.failed, 1);
    QCOMPARE(retried.counts.created, 1);
    QVERIFY(!remoteIdOf(SyncEntity::customer(), fixable.id).isEmpty()); // sent in its current form
    QVERIFY(remoteIdOf(SyncEntity::customer(), newcomer.id).isEmpty()); // not in the retried run
    const QList<SyncItem> failed = items(retried.runId, true);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().localId, stillBad.id); // unchanged, tried again, same reason
    QVERIFY2(failed.first().errorMessage.contains(QLatin1String("255")), qPrintable(failed.first().errorMessage));
    QCOMPARE(HistoryRepository(m_fx->database(), Clock::system()).run(retried.runId)->trigger, QStringLiteral("retry"));
    // No watermark moved and nothing else was read than the retry needs: one contact write only.
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 1);

    // The next normal run picks up the newcomer; the still invalid one stays parked until it changes.
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QVERIFY(!remoteIdOf(SyncEntity::customer(), newcomer.id).isEmpty());
}

void tst_SyncRules::retryOfRunWithoutFailuresOrOfAnotherIntegration()
{
    m_fx->addCustomer(QStringLiteral("All Good"));
    const RunSummary first = m_fx->runSync();
    QCOMPARE(first.result, RunResult::Succeeded);
    m_fx->resetStats();
    const RunSummary nothing = retry(first.runId);
    QCOMPARE(nothing.result, RunResult::Succeeded);
    QCOMPARE(nothing.runId, qint64(0)); // no run recorded, nothing asked of Xero
    QVERIFY(nothing.message.contains(QLatin1String("Nothing to retry")));
    QCOMPARE(m_fx->stats().value(QStringLiteral("total")).toInt(), 0);

    const RunSummary unknown = retry(first.runId + 1000);
    QCOMPARE(unknown.result, RunResult::Failed);
    QVERIFY2(unknown.message.contains(QLatin1String("not a run of this integration")), qPrintable(unknown.message));
}

void tst_SyncRules::retryCommandChecksItsArguments()
{
    QVERIFY(Cli().isCommand(QStringLiteral("retry")));
    auto run = [this](QStringList arguments, QString *output) {
        RetryCommand command;
        arguments.prepend(command.name());
        arguments.prepend(QStringLiteral("ledgerlink"));
        arguments << QStringLiteral("--profile") << m_fx->profilePath() << QStringLiteral("--database")
                  << m_fx->databasePath();
        QString text;
        QTextStream out(&text);
        const int code = command.run(arguments, out, out);
        out.flush();
        *output = text;
        return code;
    };
    QString output;
    QCOMPARE(run({ m_fx->integration().id }, &output), 2);
    QVERIFY2(output.contains(QLatin1String("RUN_ID")), qPrintable(output));
    QCOMPARE(run({ m_fx->integration().id, QStringLiteral("abc") }, &output), 2);
    QCOMPARE(run({ QStringLiteral("no-such-integration"), QStringLiteral("1") }, &output), 2);
    // A run that does not exist: refused by the engine before anything is sent; exit code 1.
    QCOMPARE(run({ m_fx->integration().id, QStringLiteral("424242"), QStringLiteral("--json") }, &output), 1);
    const QJsonObject json = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("result")).toString(), HistoryRepository::resultText(RunResult::Failed));
    QCOMPARE(json.value(QStringLiteral("retried_run")).toInt(), 424242);
}

void tst_SyncRules::fullRunTimeIsRecorded()
{
    SyncStateStore state(m_fx->database());
    QVERIFY(!state.lastFullRun(m_fx->integration().id)->isValid());
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // first activation: a full run
    const QDateTime first = state.lastFullRun(m_fx->integration().id).value();
    QVERIFY(first.isValid());
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded); // incremental: not a full run
    QCOMPARE(state.lastFullRun(m_fx->integration().id).value(), first);
    QCOMPARE(m_fx->runSync(true).result, RunResult::Succeeded);
    QVERIFY(state.lastFullRun(m_fx->integration().id).value() > first);
}

Invoice tst_SyncRules::pushedInvoice(const QString &number, qint64 unitPriceMinor, QString *remoteId)
{
    const Customer c = m_fx->addCustomer(QStringLiteral("Customer of ") + number);
    if (m_fx->runSync().result != RunResult::Succeeded) {
        return {};
    }
    const Invoice inv = m_fx->addInvoice(c.id, number, unitPriceMinor);
    if (!InvoiceRepository(m_fx->database(), Clock::system()).setStatus(inv.id, InvoiceStatus::PendingPayment)
        || m_fx->runSync().result != RunResult::Succeeded) {
        return {};
    }
    *remoteId = remoteIdOf(SyncEntity::invoice(), inv.id);
    return inv;
}

Payment tst_SyncRules::pay(qint64 invoiceId, qint64 amountMinor, const QString &reference)
{
    Payment p;
    p.invoiceId = invoiceId;
    p.paymentDate = QDate::currentDate();
    p.amountMinor = amountMinor;
    p.reference = reference;
    auto recorded = PaymentRepository(m_fx->database(), Clock::system()).record(p);
    return recorded ? recorded.value() : Payment();
}

QJsonArray tst_SyncRules::remotePaymentsOf(const QString &invoiceRemoteId)
{
    QJsonArray out;
    for (const QJsonValue &v : m_fx->remote(QStringLiteral("Payments"))) {
        if (v.toObject().value(QStringLiteral("Invoice")).toObject().value(QStringLiteral("InvoiceID")).toString()
            == invoiceRemoteId) {
            out.append(v);
        }
    }
    return out;
}

void tst_SyncRules::localPaymentsOfPushedInvoicesArePushedOnce()
{
    setSettings({ { QStringLiteral("push_local_payments"), true },
        { QStringLiteral("payment_account_code"), QStringLiteral("090") } });
    QString remoteInvoice;
    const Invoice inv = pushedInvoice(QStringLiteral("LL-PAY-1"), 10000, &remoteInvoice); // 230.00
    QVERIFY(!remoteInvoice.isEmpty());
    // A second invoice stays local: its customer is kept out of Xero.
    const Customer other = m_fx->addCustomer(QStringLiteral("Skipped Customer"));
    setSettings({ { QStringLiteral("push_local_payments"), true },
        { QStringLiteral("payment_account_code"), QStringLiteral("090") },
        { QStringLiteral("customer_matching"),
            QJsonObject { { QStringLiteral("skip"), QJsonArray { double(other.id) } } } } });
    const Invoice unsent = m_fx->addInvoice(other.id, QStringLiteral("LL-PAY-LOCAL"), 1000);
    QVERIFY(InvoiceRepository(m_fx->database(), Clock::system()).setStatus(unsent.id, InvoiceStatus::PendingPayment));
    const Payment local = pay(inv.id, 10000, QStringLiteral("Cheque 12"));
    const Payment notOurs = pay(unsent.id, 500, QStringLiteral("Cash"));
    QVERIFY(local.id && notOurs.id);

    const RunSummary pushed = m_fx->runSync();
    QVERIFY2(pushed.result == RunResult::Succeeded, qPrintable(pushed.message + QLatin1Char(' ') + pushed.detail));
    QJsonArray remote = remotePaymentsOf(remoteInvoice);
    QCOMPARE(remote.size(), 1);
    const QJsonObject sent = remote.first().toObject();
    QCOMPARE(sent.value(QStringLiteral("Amount")).toDouble(), 100.0);
    QCOMPARE(sent.value(QStringLiteral("Reference")).toString(), QStringLiteral("Cheque 12"));
    QCOMPARE(sent.value(QStringLiteral("Account")).toObject().value(QStringLiteral("Code")).toString(),
        QStringLiteral("090"));
    QCOMPARE(remoteIdOf(SyncEntity::payment(), local.id), sent.value(QStringLiteral("PaymentID")).toString());
    QVERIFY(remoteIdOf(SyncEntity::payment(), notOurs.id).isEmpty()); // its invoice was never pushed
    QCOMPARE(m_fx->remote(QStringLiteral("Payments")).size(), 1);

    // Read back on the next run as our own: not applied twice, not sent again.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(PaymentRepository(m_fx->database(), Clock::system()).forInvoice(inv.id)->size(), 1);

    // A payment keyed in at Xero comes in and is not pushed back.
    QCOMPARE(
        m_fx->xeroPut(QStringLiteral("Payments"),
                { { QStringLiteral("Invoice"), QJsonObject { { QStringLiteral("InvoiceID"), remoteInvoice } } },
                    { QStringLiteral("Account"), QJsonObject { { QStringLiteral("Code"), QStringLiteral("090") } } },
                    { QStringLiteral("Date"), QDate::currentDate().toString(Qt::ISODate) },
                    { QStringLiteral("Amount"), 130.0 } })
            .status,
        200);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
    QCOMPARE(remotePaymentsOf(remoteInvoice).size(), 2);
    QCOMPARE(PaymentRepository(m_fx->database(), Clock::system()).forInvoice(inv.id)->size(), 2);
    QCOMPARE(InvoiceRepository(m_fx->database(), Clock::system()).findById(inv.id)->status, InvoiceStatus::Paid);
}

void tst_SyncRules::localPaymentsStayLocalWithoutTheSetting()
{
    setSettings({ { QStringLiteral("payment_account_code"), QStringLiteral("090") } });
    QString remoteInvoice;
    const Invoice inv = pushedInvoice(QStringLiteral("LL-PAY-2"), 10000, &remoteInvoice);
    QVERIFY(!remoteInvoice.isEmpty());
    const Payment local = pay(inv.id, 5000, QStringLiteral("Kept here"));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Payments")).size(), 0);
    QVERIFY(remoteIdOf(SyncEntity::payment(), local.id).isEmpty());
}

void tst_SyncRules::paymentWithoutAccountFailsAndRetrySendsItOnceFixed()
{
    setSettings({ { QStringLiteral("push_local_payments"), true } });
    QString remoteInvoice;
    const Invoice inv = pushedInvoice(QStringLiteral("LL-PAY-3"), 10000, &remoteInvoice);
    QVERIFY(!remoteInvoice.isEmpty());
    const Payment local = pay(inv.id, 5000, QStringLiteral("No account"));
    const RunSummary failed = m_fx->runSync();
    QCOMPARE(failed.result, RunResult::PartlyFailed);
    const QList<SyncItem> failures = items(failed.runId, true);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().entity, SyncEntity::payment());
    QVERIFY2(
        failures.first().errorMessage.contains(QLatin1String("Account")), qPrintable(failures.first().errorMessage));
    // Parked: a normal run does not send it again unchanged.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")), 0);

    setSettings({ { QStringLiteral("push_local_payments"), true },
        { QStringLiteral("payment_account_code"), QStringLiteral("090") } });
    const RunSummary retried = retry(failed.runId);
    QVERIFY2(retried.result == RunResult::Succeeded, qPrintable(retried.message));
    QCOMPARE(remotePaymentsOf(remoteInvoice).size(), 1);
    QVERIFY(!remoteIdOf(SyncEntity::payment(), local.id).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SyncRules)
#include "tst_syncrules.moc"
