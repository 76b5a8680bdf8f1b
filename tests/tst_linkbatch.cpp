// LinkRepository::findByLocalIds: the records pages read a whole page's links in one query
// (issue 9, goal 6); it must return exactly what one findByLocal() per record would.
#include "mockclock.h"
#include "store/integrationrepository.h"
#include "store/linkrepository.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QSet>
#include <QTest>

using namespace Ledgerlink;

class tst_LinkBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void returnsOnlyTheAskedRecordsOfTheIntegration();
    void filtersByEntity();
    void moreIdsThanOneChunk();
    void emptyInputsFindNothing();

private:
    QString newIntegration(const QString &tenantName);
    void link(const QString &integrationId, const QString &entity, qint64 localId);

    MockClock m_clock;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
};

void tst_LinkBatch::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_profile = std::make_unique<TestProfile>();
    auto db = TestDatabase::openFresh(*m_profile);
    LEDGERLINK_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_LinkBatch::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

QString tst_LinkBatch::newIntegration(const QString &tenantName)
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
    return saved->id;
}

void tst_LinkBatch::link(const QString &integrationId, const QString &entity, qint64 localId)
{
    LinkRepository links(*m_db, m_clock);
    auto made = links.linkExisting(integrationId, entity, localId, QStringLiteral("%1-%2").arg(entity).arg(localId),
        QStringLiteral("r1"), QStringLiteral("v1"));
    QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().toString()));
}

void tst_LinkBatch::returnsOnlyTheAskedRecordsOfTheIntegration()
{
    const QString xero = newIntegration(QStringLiteral("Zoë's Café Ltd"));
    const QString other = newIntegration(QStringLiteral("Other Ltd"));
    QVERIFY(!xero.isEmpty() && !other.isEmpty());
    for (qint64 id = 1; id <= 5; ++id) {
        link(xero, QStringLiteral("customer"), id);
    }
    link(other, QStringLiteral("customer"), 2);
    LinkRepository links(*m_db, m_clock);
    auto found = links.findByLocalIds(xero, { QStringLiteral("customer") }, { 2, 4, 9 });
    LEDGERLINK_VERIFY_OK(found);
    QSet<qint64> ids;
    for (const Link &l : found.value()) {
        QCOMPARE(l.integrationId, xero);
        QCOMPARE(l.remoteId, QStringLiteral("customer-%1").arg(l.localId));
        ids.insert(l.localId);
    }
    QCOMPARE(found->size(), 2);
    QCOMPARE(ids, (QSet<qint64> { 2, 4 }));
}

void tst_LinkBatch::filtersByEntity()
{
    const QString xero = newIntegration(QStringLiteral("Zoë's Café Ltd"));
    link(xero, QStringLiteral("invoice"), 1);
    link(xero, QStringLiteral("credit_note"), 2);
    link(xero, QStringLiteral("payment"), 3);
    LinkRepository links(*m_db, m_clock);
    auto invoices = links.findByLocalIds(xero, { QStringLiteral("invoice") }, { 1, 2, 3 });
    LEDGERLINK_VERIFY_OK(invoices);
    QCOMPARE(invoices->size(), 1);
    QCOMPARE(invoices->constFirst().localId, 1);
    auto both = links.findByLocalIds(xero, { QStringLiteral("invoice"), QStringLiteral("credit_note") }, { 1, 2, 3 });
    LEDGERLINK_VERIFY_OK(both);
    QCOMPARE(both->size(), 2);
}

void tst_LinkBatch::moreIdsThanOneChunk()
{
    const QString xero = newIntegration(QStringLiteral("Zoë's Café Ltd"));
    const qint64 count = 1201;
    LinkRepository writer(*m_db, m_clock);
    // linkExisting() runs its own transaction, so the writes go one by one.
    for (qint64 id = 1; id <= count; id += 2) {
        auto made = writer.linkExisting(xero, QStringLiteral("item"), id, QStringLiteral("item-%1").arg(id),
            QStringLiteral("r1"), QStringLiteral("v1"));
        LEDGERLINK_VERIFY_OK(made);
    }
    QList<qint64> ids;
    for (qint64 id = 1; id <= count; ++id) {
        ids << id;
    }
    LinkRepository links(*m_db, m_clock);
    auto found = links.findByLocalIds(xero, { QStringLiteral("item") }, ids);
    LEDGERLINK_VERIFY_OK(found);
    QSet<qint64> seen;
    for (const Link &l : found.value()) {
        QVERIFY(l.localId % 2 == 1);
        seen.insert(l.localId);
    }
    QCOMPARE(seen.size(), int(count / 2 + 1));
    QCOMPARE(found->size(), seen.size());
}

void tst_LinkBatch::emptyInputsFindNothing()
{
    const QString xero = newIntegration(QStringLiteral("Zoë's Café Ltd"));
    link(xero, QStringLiteral("customer"), 1);
    LinkRepository links(*m_db, m_clock);
    auto noIds = links.findByLocalIds(xero, { QStringLiteral("customer") }, {});
    LEDGERLINK_VERIFY_OK(noIds);
    QVERIFY(noIds->isEmpty());
    auto noEntities = links.findByLocalIds(xero, {}, { 1 });
    LEDGERLINK_VERIFY_OK(noEntities);
    QVERIFY(noEntities->isEmpty());
}

QTEST_GUILESS_MAIN(tst_LinkBatch)
#include "tst_linkbatch.moc"
