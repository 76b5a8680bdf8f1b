#pragma once

// Shared by tst_sandboxxeroapi and tst_sandboxxerorules (header only): a sandbox server per test
// function with one connected Xero session, and the contact and invoice helpers both use.

#include "sandboxserver.h"
#include "tst_sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Ledgerlink {

class SandboxXeroSession
{
public:
    /// An authorised ACCREC invoice body with one line (2 x `unit`).
    static QJsonObject invoice(
        const QString &contactId, const QString &status = QStringLiteral("AUTHORISED"), double unit = 100.0)
    {
        return { { key("Type"), key("ACCREC") }, { key("Contact"), QJsonObject { { key("ContactID"), contactId } } },
            { key("Date"), key("2026-11-01") }, { key("DueDate"), key("2026-11-30") }, { key("Status"), status },
            { key("LineItems"),
                QJsonArray { QJsonObject { { key("Description"), key("Consulting") }, { key("Quantity"), 2.0 },
                    { key("UnitAmount"), unit }, { key("AccountCode"), key("200") },
                    { key("TaxType"), key("OUTPUT2") } } } } };
    }

protected:
    /// A fresh server and a connected session; false when either fails.
    bool startSession()
    {
        m_server = std::make_unique<SandboxServer>();
        if (m_server->listen() == 0) {
            return false;
        }
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_token = m_client->xeroConnect().value(key("access_token")).toString();
        // Most tests make more than 60 calls a minute; the limit tests set it back.
        m_client->postJson(key("/_sandbox/limits"), { { key("provider"), key("xero") }, { key("lift"), true } });
        return !m_token.isEmpty();
    }

    void stopSession()
    {
        m_client.reset();
        m_server.reset();
    }

    QString createContact(const QString &name)
    {
        const HttpResult r = m_client->xeroWrite("PUT", m_token, key("Contacts"),
            { { key("Contacts"), QJsonArray { QJsonObject { { key("Name"), name } } } } });
        return r.json().value(key("Contacts")).toArray().at(0).toObject().value(key("ContactID")).toString();
    }

    QJsonObject createInvoice(const QJsonObject &body)
    {
        const HttpResult r =
            m_client->xeroWrite("PUT", m_token, key("Invoices"), { { key("Invoices"), QJsonArray { body } } });
        return r.json().value(key("Invoices")).toArray().at(0).toObject();
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;

private:
    static QString key(const char *text) { return QString::fromLatin1(text); }
};

} // namespace Ledgerlink
