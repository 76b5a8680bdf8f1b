// A few thousand requests from parallel clients (loopback only, bounded in count and time) leave the
// sandbox consistent: every write lands exactly once, payments add up to what the invoices say.
#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QTest>

#include <memory>

using namespace Ledgerlink;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

constexpr int kClients = 8; // each its own QNetworkAccessManager, so up to 48 connections at once
constexpr int kContactsPerClient = 150;
constexpr int kReadsPerClient = 150;

} // namespace

class tst_SandboxStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelClientsLeaveDataConsistent();
};

void tst_SandboxStress::parallelClientsLeaveDataConsistent()
{
    SandboxServer server;
    QVERIFY(server.listen() != 0);
    SandboxTestClient setup(server.baseUrl());
    setup.postJson(str("/_sandbox/limits"), { { str("provider"), str("xero") }, { str("lift"), true } });
    const QString token = setup.xeroConnect().value(str("access_token")).toString();
    QVERIFY(!token.isEmpty());
    // One invoice that every client pays a small part of, concurrently.
    const HttpResult contact = setup.xeroWrite("PUT", token, str("Contacts"), { { str("Name"), str("Shared Ltd") } });
    const QString contactId =
        contact.json().value(str("Contacts")).toArray().at(0).toObject().value(str("ContactID")).toString();
    const HttpResult created = setup.xeroWrite("PUT", token, str("Invoices"),
        { { str("Type"), str("ACCREC") }, { str("Contact"), QJsonObject { { str("ContactID"), contactId } } },
            { str("Date"), str("2026-11-01") }, { str("DueDate"), str("2026-11-30") },
            { str("Status"), str("AUTHORISED") },
            { str("LineItems"),
                QJsonArray { QJsonObject { { str("Description"), str("Big job") }, { str("Quantity"), 1.0 },
                    { str("UnitAmount"), 1000.0 }, { str("AccountCode"), str("200") },
                    { str("TaxType"), str("NONE") } } } } });
    const QString invoiceId =
        created.json().value(str("Invoices")).toArray().at(0).toObject().value(str("InvoiceID")).toString();
    QVERIFY(!invoiceId.isEmpty());

    std::vector<std::unique_ptr<SandboxTestClient>> clients;
    QList<QNetworkReply *> replies;
    QList<QNetworkReply *> contended;
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<SandboxTestClient>(server.baseUrl()));
        SandboxTestClient &client = *clients.back();
        for (int i = 0; i < kContactsPerClient; ++i) {
            const QJsonObject body { { str("Name"), str("Client %1 contact %2").arg(c).arg(i) } };
            replies << client.start(
                "PUT", str("/xero/api/api.xro/2.0/Contacts"), QJsonDocument(body).toJson(), client.xeroHeaders(token));
            // Every client also tries to create the same name: exactly one of those may win.
            if (i == 0) {
                contended << client.start("PUT", str("/xero/api/api.xro/2.0/Contacts"),
                    QJsonDocument(QJsonObject { { str("Name"), str("Contended Ltd") } }).toJson(),
                    client.xeroHeaders(token));
                replies << contended.last();
            }
        }
        for (int i = 0; i < kReadsPerClient; ++i) {
            replies << client.start(
                "GET", str("/xero/api/api.xro/2.0/Contacts?page=1&pageSize=50"), {}, client.xeroHeaders(token));
        }
        for (int i = 0; i < 20; ++i) {
            const QJsonObject pay { { str("Invoice"), QJsonObject { { str("InvoiceID"), invoiceId } } },
                { str("Account"), QJsonObject { { str("Code"), str("090") } } }, { str("Date"), str("2026-11-05") },
                { str("Amount"), 5.0 } };
            replies << client.start(
                "PUT", str("/xero/api/api.xro/2.0/Payments"), QJsonDocument(pay).toJson(), client.xeroHeaders(token));
        }
    }
    const int total = int(replies.size());
    QVERIFY(total >= 2500);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);

    QHash<int, int> byStatus;
    int contendedWins = 0;
    for (auto *reply : replies) {
        const HttpResult r = resultOf(reply);
        ++byStatus[r.status];
        if (contended.contains(reply) && r.status == 200) {
            ++contendedWins;
        }
        reply->deleteLater();
    }
    QCOMPARE(byStatus.value(0), 0); // no transport errors
    QCOMPARE(contendedWins, 1);
    QCOMPARE(byStatus.value(400), kClients - 1); // the other "Contended Ltd" attempts
    QCOMPARE(byStatus.value(200), total - (kClients - 1));

    const QString base = str("/_sandbox/data/xero/") + SandboxTestClient::xeroTenant(0);
    QCOMPARE(
        setup.get(base + str("/Contacts")).json().value(str("count")).toInt(), 1 + 1 + kClients * kContactsPerClient);
    const QJsonArray payments = setup.get(base + str("/Payments")).json().value(str("records")).toArray();
    QCOMPARE(payments.size(), kClients * 20);
    const QJsonObject invoice =
        setup.xeroGet(token, str("Invoices/") + invoiceId).json().value(str("Invoices")).toArray().at(0).toObject();
    QCOMPARE(invoice.value(str("AmountPaid")).toDouble(), kClients * 20 * 5.0);
    QCOMPARE(invoice.value(str("AmountDue")).toDouble(), 1000.0 - kClients * 20 * 5.0);
    QCOMPARE(invoice.value(str("Payments")).toArray().size(), kClients * 20);
    const QJsonObject stats = setup.get(str("/_sandbox/stats")).json();
    QVERIFY(stats.value(str("total")).toInt() >= total);
}

QTEST_GUILESS_MAIN(tst_SandboxStress)
#include "tst_sandboxstress.moc"
