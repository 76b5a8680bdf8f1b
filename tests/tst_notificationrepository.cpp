#include "mockclock.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "storefixture.h"
#include "testdatabase.h"
#include "testprofile.h"

#include <QTest>

using namespace Ledgerlink;

/// The bell's notifications on the registered backend.
class tst_NotificationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notificationsCountAndMarkRead();
    void stickyNotificationStaysUntilResolved();

private:
    StoreFixture m_store;
};

void tst_NotificationRepository::init()
{
    LEDGERLINK_VERIFY_OK(m_store.open());
}

void tst_NotificationRepository::cleanup()
{
    m_store.close();
}

void tst_NotificationRepository::notificationsCountAndMarkRead()
{
    NotificationRepository notifications(m_store.db(), m_store.clock);
    auto first = notifications.add({ 0, {}, 0, NotificationSeverity::Info, QStringLiteral("Sync finished"),
        QStringLiteral("12 records"), {}, false, false, false });
    LEDGERLINK_VERIFY_OK(first);
    m_store.clock.advance(1000);
    auto second = notifications.add({ 0, {}, 0, NotificationSeverity::Warning, QStringLiteral("1 record failed"),
        QStringLiteral("Rechnung für Müller"), {}, false, false, false });
    LEDGERLINK_VERIFY_OK(second);
    QCOMPARE(notifications.unreadCount().value(), 2);
    auto list = notifications.list();
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).title, QStringLiteral("1 record failed")); // newest first
    QCOMPARE(list->at(0).severity, NotificationSeverity::Warning);
    QCOMPARE(list->at(0).message, QStringLiteral("Rechnung für Müller"));
    QCOMPARE(list->at(0).createdAt, m_store.clock.now());
    LEDGERLINK_VERIFY_OK(notifications.markRead(first.value()));
    QCOMPARE(notifications.unreadCount().value(), 1);
    LEDGERLINK_VERIFY_OK(notifications.markAllRead());
    QCOMPARE(notifications.unreadCount().value(), 0);
    QCOMPARE(notifications.list().value().size(), 2); // read ones stay in the list
    QVERIFY(!notifications.markRead(999).ok());
    auto older = notifications.list(10, second.value());
    LEDGERLINK_VERIFY_OK(older);
    QCOMPARE(older->size(), 1);
    QCOMPARE(older->at(0).id, first.value());
}

void tst_NotificationRepository::stickyNotificationStaysUntilResolved()
{
    const QString id = m_store.addIntegration(QStringLiteral("A"));
    const QString other = m_store.addIntegration(QStringLiteral("B"));
    NotificationRepository notifications(m_store.db(), m_store.clock);
    LEDGERLINK_VERIFY_OK(notifications.add({ 0, id, 0, NotificationSeverity::Error, QStringLiteral("Sign in again"),
        QStringLiteral("Xero access ended"), {}, false, true, false }));
    LEDGERLINK_VERIFY_OK(notifications.add({ 0, other, 0, NotificationSeverity::Error, QStringLiteral("Sign in again"),
        QStringLiteral("QuickBooks access ended"), {}, false, true, false }));
    LEDGERLINK_VERIFY_OK(notifications.markAllRead());
    QCOMPARE(notifications.unreadCount().value(), 2); // sticky ones keep asking for attention
    LEDGERLINK_VERIFY_OK(notifications.resolved(id));
    QCOMPARE(notifications.unreadCount().value(), 1);
    auto list = notifications.list();
    LEDGERLINK_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).integrationId, other);
    QVERIFY(list->at(0).sticky);
}

QTEST_GUILESS_MAIN(tst_NotificationRepository)
#include "tst_notificationrepository.moc"
