#include "mockclock.h"
#include "store/changelogrepository.h"
#include "store/integrationrepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QTest>

using namespace Ledgerlink;

/// Field-level change history on the registered backend.
class tst_ChangeLogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changeLogListsFieldChangesPerRecord();

private:
    QString integration(const QString &name);

    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
};

void tst_ChangeLogRepository::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_ChangeLogRepository::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

QString tst_ChangeLogRepository::integration(const QString &name)
{
    IntegrationRepository integrations(*m_db, m_clock);
    Integration integration;
    integration.provider = QStringLiteral("sage");
    integration.appType = QStringLiteral("web");
    integration.tenantName = name;
    auto saved = integrations.insert(integration);
    return saved ? saved->id : QString();
}

void tst_ChangeLogRepository::changeLogListsFieldChangesPerRecord()
{
    const QString id = integration(QStringLiteral("A"));
    ChangeLogRepository changes(*m_db, m_clock);
    ChangeLogEntry name { 0, id, 0, QStringLiteral("customer"), 5, QStringLiteral("name"), QStringLiteral("Zoe's Cafe"),
        QStringLiteral("Zoë's Café Ltd"), ChangeSource::Remote, {} };
    ChangeLogEntry email { 0, {}, 0, QStringLiteral("customer"), 5, QStringLiteral("email"), QString(),
        QStringLiteral("zoe@example.com"), ChangeSource::Local, {} };
    ChangeLogEntry other { 0, {}, 0, QStringLiteral("customer"), 6, QStringLiteral("name"), QStringLiteral("x"),
        QStringLiteral("y"), ChangeSource::Local, {} };
    LEDGERLINK_VERIFY_OK(changes.recordAll({ name, other }));
    m_clock.advance(1000);
    LEDGERLINK_VERIFY_OK(changes.record(email));
    auto list = changes.forRecord(QStringLiteral("customer"), 5);
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).field, QStringLiteral("name"));
    QCOMPARE(list->at(0).oldValue, QStringLiteral("Zoe's Cafe"));
    QCOMPARE(list->at(0).newValue, QStringLiteral("Zoë's Café Ltd"));
    QCOMPARE(list->at(0).source, ChangeSource::Remote);
    QCOMPARE(list->at(0).integrationId, id);
    QCOMPARE(list->at(1).field, QStringLiteral("email"));
    QVERIFY(list->at(1).oldValue.isNull());
    QCOMPARE(list->at(1).source, ChangeSource::Local);
    QCOMPARE(list->at(1).at, m_clock.now());
    QVERIFY(!changes.record({}).ok());
}

QTEST_GUILESS_MAIN(tst_ChangeLogRepository)
#include "tst_changelogrepository.moc"
