#include "mockclock.h"
#include "store/changelogrepository.h"
#include "store/integrationrepository.h"
#include "storefixture.h"
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
    StoreFixture m_store;
};

void tst_ChangeLogRepository::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
}

void tst_ChangeLogRepository::cleanup()
{
    m_store.close();
}

void tst_ChangeLogRepository::changeLogListsFieldChangesPerRecord()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    ChangeLogRepository changes(m_store.db(), m_store.clock);
    ChangeLogEntry name { 0, id, 0, QStringLiteral("customer"), 5, QStringLiteral("name"), QStringLiteral("Zoe's Cafe"),
        QStringLiteral("Zoë's Café Ltd"), ChangeSource::Remote, {} };
    ChangeLogEntry email { 0, {}, 0, QStringLiteral("customer"), 5, QStringLiteral("email"), QString(),
        QStringLiteral("zoe@example.com"), ChangeSource::Local, {} };
    ChangeLogEntry other { 0, {}, 0, QStringLiteral("customer"), 6, QStringLiteral("name"), QStringLiteral("x"),
        QStringLiteral("y"), ChangeSource::Local, {} };
    LEDGERLINK_VERIFY_OK(changes.recordAll({ name, other }));
    m_store.clock.advance(1000);
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
    QCOMPARE(list->at(1).at, m_store.clock.now());
    QVERIFY(!changes.record({}).ok());
}

QTEST_GUILESS_MAIN(tst_ChangeLogRepository)
#include "tst_changelogrepository.moc"
