// CustomerMatcher: the engine's first-activation matching as a pure function, so the wizard can
// show the same suggestions the engine applies.
#include "sync/customermatcher.h"

#include <QTest>

using namespace Ledgerlink;

namespace {

Customer local(qint64 id, const QString &name, const QString &email = {}, const QString &account = {})
{
    Customer c;
    c.id = id;
    c.name = name;
    c.email = email;
    c.accountNumber = account;
    return c;
}

RemoteContact remote(const QString &id, const QString &name, const QString &email = {}, const QString &key = {})
{
    RemoteContact r;
    r.remoteId = id;
    r.externalKey = key;
    r.customer.name = name;
    r.customer.email = email;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(CustomerMatcher::Rule)

class tst_CustomerMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesInOrder_data();
    void rulesInOrder();
    void externalKeyBeatsEmailAndName();
    void eachLocalCustomerTakenOnce();
    void archivedNeverMatched();
    void alreadyLinkedNotProposed();
    void takenCustomerIsNotProposed();
    void externalKeyFallsBackToLocalId();
};

void tst_CustomerMatcher::rulesInOrder_data()
{
    QTest::addColumn<RemoteContact>("contact");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<CustomerMatcher::Rule>("rule");
    QTest::newRow("account number as ContactNumber") << remote(QStringLiteral("r1"), QStringLiteral("Other"), {},
        QStringLiteral("acc-7")) << qint64(2) << CustomerMatcher::Rule::ExternalKey;
    QTest::newRow("email, any case") << remote(
        QStringLiteral("r2"), QStringLiteral("Other"), QStringLiteral(" CAROL@Example.test "))
                                     << qint64(3) << CustomerMatcher::Rule::Email;
    QTest::newRow("normalised name") << remote(QStringLiteral("r3"), QStringLiteral("Acme Ltd")) << qint64(1)
                                     << CustomerMatcher::Rule::Name;
    QTest::newRow("nothing") << remote(QStringLiteral("r4"), QStringLiteral("Stranger")) << qint64(0)
                             << CustomerMatcher::Rule::Name;
}

void tst_CustomerMatcher::rulesInOrder()
{
    QFETCH(RemoteContact, contact);
    QFETCH(qint64, expected);
    QFETCH(CustomerMatcher::Rule, rule);
    const QList<Customer> locals { local(1, QStringLiteral("ACME Limited")),
        local(2, QStringLiteral("Bolt"), {}, QStringLiteral("ACC-7")),
        local(3, QStringLiteral("Carol C"), QStringLiteral("carol@example.test")) };
    const auto suggestions = CustomerMatcher::suggest(locals, { contact });
    if (expected == 0) {
        QVERIFY(suggestions.isEmpty());
        return;
    }
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().localId, expected);
    QCOMPARE(suggestions.first().remoteId, contact.remoteId);
    QCOMPARE(suggestions.first().rule, rule);
}

void tst_CustomerMatcher::externalKeyBeatsEmailAndName()
{
    const QList<Customer> locals { local(1, QStringLiteral("Dana"), QStringLiteral("dana@x.test")),
        local(2, QStringLiteral("Someone"), {}, QStringLiteral("K-2")) };
    const auto s = CustomerMatcher::suggest(locals,
        { remote(QStringLiteral("r"), QStringLiteral("Dana"), QStringLiteral("dana@x.test"), QStringLiteral("K-2")) });
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().localId, qint64(2));
}

void tst_CustomerMatcher::eachLocalCustomerTakenOnce()
{
    // Two remote "Acme" contacts, one local Acme: the second remote is not proposed.
    const auto s = CustomerMatcher::suggest({ local(1, QStringLiteral("Acme")) },
        { remote(QStringLiteral("a"), QStringLiteral("Acme Ltd")),
            remote(QStringLiteral("b"), QStringLiteral("ACME")) });
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().remoteId, QStringLiteral("a"));
    // Two local twins: each remote gets its own, oldest first.
    const auto two = CustomerMatcher::suggest({ local(5, QStringLiteral("Acme")), local(4, QStringLiteral("Acme")) },
        { remote(QStringLiteral("a"), QStringLiteral("Acme")), remote(QStringLiteral("b"), QStringLiteral("Acme")) });
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).localId, qint64(4));
    QCOMPARE(two.at(1).localId, qint64(5));
}

void tst_CustomerMatcher::archivedNeverMatched()
{
    Customer archived = local(1, QStringLiteral("Old Co"));
    archived.archived = true;
    QVERIFY(
        CustomerMatcher::suggest({ archived }, { remote(QStringLiteral("r"), QStringLiteral("Old Co")) }).isEmpty());
    RemoteContact gone = remote(QStringLiteral("r"), QStringLiteral("New Co"));
    gone.customer.archived = true;
    QVERIFY(CustomerMatcher::suggest({ local(2, QStringLiteral("New Co")) }, { gone }).isEmpty());
}

void tst_CustomerMatcher::alreadyLinkedNotProposed()
{
    const auto s = CustomerMatcher::suggest({ local(1, QStringLiteral("Acme")), local(2, QStringLiteral("Bolt")) },
        { remote(QStringLiteral("a"), QStringLiteral("Acme")), remote(QStringLiteral("b"), QStringLiteral("Bolt")) },
        { 1 });
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().localId, qint64(2));
}

void tst_CustomerMatcher::takenCustomerIsNotProposed()
{
    CustomerMatcher m;
    m.addLocal(local(7, QStringLiteral("Echo")));
    const RemoteContact r = remote(QStringLiteral("e"), QStringLiteral("echo"));
    QVERIFY(m.match(r).has_value());
    QVERIFY(m.match(r).has_value()); // match() alone does not take
    m.take(7);
    QVERIFY(m.isTaken(7));
    QVERIFY(!m.match(r).has_value());
}

void tst_CustomerMatcher::externalKeyFallsBackToLocalId()
{
    const Customer c = local(42, QStringLiteral("Fox"));
    QCOMPARE(CustomerMatcher::externalKey(c), QStringLiteral("LL-C42"));
    const auto s = CustomerMatcher::suggest({ local(42, QStringLiteral("Fox"), {}, QStringLiteral("F-1")) },
        { remote(QStringLiteral("f"), QStringLiteral("Another name"), {}, QStringLiteral("ll-c42")) });
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().rule, CustomerMatcher::Rule::ExternalKey);
}

QTEST_GUILESS_MAIN(tst_CustomerMatcher)
#include "tst_customermatcher.moc"
