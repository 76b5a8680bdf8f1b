// The headless commands around sync: status, history (text, CSV, JSON, one run's records),
// enable/disable (and the full pass after re-enabling), preview.
#include "cli/cli.h"
#include "cli/enablecommand.h"
#include "cli/historycommand.h"
#include "cli/previewcommand.h"
#include "cli/statuscommand.h"
#include "store/customerrepository.h"
#include "store/integrationrepository.h"
#include "tst_syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ledgerlink;

class tst_SyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commandsAreRegistered();
    void statusShowsLastSuccessfulPoll();
    void historyListsRunsAndRecords();
    void disableStopsEverythingAndEnableRunsFullPass();
    void previewPrintsCountsAndRefusals();

private:
    int run(Command &command, QStringList arguments, QString *output);

    std::unique_ptr<SyncFixture> m_fx;
};

void tst_SyncCli::init()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY(m_fx->setUp());
}

void tst_SyncCli::cleanup()
{
    m_fx.reset();
}

int tst_SyncCli::run(Command &command, QStringList arguments, QString *output)
{
    arguments.prepend(command.name());
    arguments.prepend(QStringLiteral("ledgerlink"));
    arguments << QStringLiteral("--profile") << m_fx->profilePath() << QStringLiteral("--database")
              << m_fx->databasePath();
    QString text;
    QString errors;
    QTextStream out(&text);
    QTextStream err(&errors);
    const int code = command.run(arguments, out, err);
    out.flush();
    err.flush();
    *output = text + errors;
    return code;
}

void tst_SyncCli::commandsAreRegistered()
{
    const Cli cli;
    for (const char *name : { "sync", "status", "history", "enable", "disable", "preview" }) {
        QVERIFY2(cli.isCommand(QString::fromLatin1(name)), name);
    }
}

void tst_SyncCli::statusShowsLastSuccessfulPoll()
{
    StatusCommand status;
    QString output;
    QCOMPARE(run(status, {}, &output), 0);
    QVERIFY2(output.contains(QLatin1String("Last successful poll: never")), qPrintable(output));
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(run(status, { QStringLiteral("--json") }, &output), 0);
    const QJsonArray list = QJsonDocument::fromJson(output.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first()
                .toObject()
                .value(QStringLiteral("last_successful_poll"))
                .toString()
                .endsWith(QLatin1String("UTC")));
    QCOMPARE(list.first().toObject().value(QStringLiteral("last_run")).toString(), QStringLiteral("SUCCEEDED"));
}

void tst_SyncCli::historyListsRunsAndRecords()
{
    Customer bad;
    bad.name = QString(300, QLatin1Char('z'));
    QVERIFY(CustomerRepository(m_fx->database(), Clock::system()).insert(bad));
    const RunSummary summary = m_fx->runSync();
    QCOMPARE(summary.result, RunResult::PartlyFailed);
    HistoryCommand history;
    QString output;
    QCOMPARE(run(history, { QStringLiteral("--csv") }, &output), 0);
    QVERIFY2(output.startsWith(QLatin1String("run,integration,trigger")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("PARTLY_FAILED")) || output.contains(QLatin1String("PARTLY")));
    QCOMPARE(run(history,
                 { QStringLiteral("--run"), QString::number(summary.runId), QStringLiteral("--failed"),
                     QStringLiteral("--json") },
                 &output),
        0);
    const QJsonArray items = QJsonDocument::fromJson(output.toUtf8()).array();
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("255")));
    QVERIFY(!items.first().toObject().value(QStringLiteral("correlation_id")).toString().isEmpty());
}

void tst_SyncCli::disableStopsEverythingAndEnableRunsFullPass()
{
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    EnableCommand disable(false);
    QString output;
    QCOMPARE(run(disable, { m_fx->integration().id.left(8) }, &output), 0);
    Customer c;
    c.name = QStringLiteral("While Off");
    QVERIFY(CustomerRepository(m_fx->database(), Clock::system()).insert(c));
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Cancelled);
    QCOMPARE(m_fx->stats().value(QStringLiteral("total")).toInt(), 0);

    EnableCommand enable(true);
    QCOMPARE(run(enable, { m_fx->integration().id }, &output), 0);
    QVERIFY(IntegrationRepository(m_fx->database(), Clock::system()).findById(m_fx->integration().id)->enabled);
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->remote(QStringLiteral("Contacts")).size(), 1);
    // The full pass after re-enabling reads without If-Modified-Since; the sandbox served the
    // whole list (our contact included) - and still nothing is sent twice.
    m_fx->resetStats();
    QCOMPARE(m_fx->runSync().result, RunResult::Succeeded);
    QCOMPARE(m_fx->requests(QStringLiteral("PUT")) + m_fx->requests(QStringLiteral("POST")), 0);
}

void tst_SyncCli::previewPrintsCountsAndRefusals()
{
    Customer ok;
    ok.name = QStringLiteral("Previewed");
    Customer dup;
    dup.name = QStringLiteral("previewed");
    CustomerRepository customers(m_fx->database(), Clock::system());
    QVERIFY(customers.insert(ok));
    QVERIFY(customers.insert(dup));
    PreviewCommand preview;
    QString output;
    QCOMPARE(run(preview, { m_fx->integration().id, QStringLiteral("--json") }, &output), 0);
    const QJsonObject o = QJsonDocument::fromJson(output.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("send")).toObject().value(QStringLiteral("customer")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("refused")).toArray().size(), 1);
    QVERIFY(o.value(QStringLiteral("refused"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("same name")));
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
