#include "sandboxthread.h"

#include "sandboxdata.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>

namespace Ledgerlink {

namespace {

/// The demo's Xero organisation already knows a few of the demo business's customers
/// (DemoDataGenerator: customer N has the e-mail customer0000N@example.com and the account number
/// C0000N), each findable by another rule, so the wizard's matching table has something to show.
void seedDemoLookalikes(SandboxServer &server)
{
    const auto contact = [](const QString &name, const QString &email, const QString &number) {
        QJsonObject c { { QStringLiteral("Name"), name }, { QStringLiteral("EmailAddress"), email } };
        if (!number.isEmpty()) {
            c.insert(QStringLiteral("ContactNumber"), number);
        }
        return c;
    };
    const QJsonArray contacts {
        // Same name once "Ltd"/"Limited" are set aside: "Zoë's Café Ltd".
        contact(QStringLiteral("Zoë's Café Limited"), QStringLiteral("hello@zoes-cafe.example"), {}),
        // Same e-mail as "Müller & Söhne GmbH".
        contact(QStringLiteral("Mueller and Sons"), QStringLiteral("customer00002@example.com"), {}),
        // Same account number (ContactNumber) as "Smith & Sons Electrical".
        contact(QStringLiteral("Smith Electrical Contractors"), QStringLiteral("office@smith-electrical.example"),
            QStringLiteral("C00007")),
        contact(QStringLiteral("Harbour View Hotel"), QStringLiteral("frontdesk@harbourview.example"), {}),
    };
    server.seed(QStringLiteral("xero"), SandboxData::demoTenantId(QStringLiteral("xero"), 0),
        { { QStringLiteral("customers"), 0 }, { QStringLiteral("items"), 0 }, { QStringLiteral("invoices"), 0 },
            { QStringLiteral("contacts"), contacts } });
}

} // namespace

SandboxThread::SandboxThread()
{
    m_thread.setObjectName(QStringLiteral("ledgerlink-sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

quint16 SandboxThread::start()
{
    if (m_thread.isRunning()) {
        return 0;
    }
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &port] {
            m_server = new SandboxServer;
            seedDemoLookalikes(*m_server);
            port = m_server->listen();
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

} // namespace Ledgerlink
