#pragma once

#include "providers/accesstokensource.h"
#include "sandboxserver.h"
#include "store/customer.h"
#include "store/database.h"
#include "store/integration.h"
#include "store/invoice.h"
#include "sync/syncthread.h"
#include "sync/synctypes.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class SandboxTestClient;

/// A provider-neutral view of one provider's sync test world (tests/tst_syncfixture,
/// tst_qbofixture, tst_sagefixture, tst_myobfixture), so that one data-driven rule test runs the
/// same steps on Xero, QuickBooks Online, Sage and MYOB. Only what differs between the providers
/// lives in the four implementations: where a record lands remotely and how "another user" edits
/// it. Compiled into the test executables that also compile the four fixtures (tests/rules.cmake).
class RulesWorld
{
public:
    /// "xero", "qbo", "sage" or "myob".
    static std::unique_ptr<RulesWorld> create(const QString &provider);
    virtual ~RulesWorld();

    virtual bool setUp() = 0;
    virtual QString provider() const = 0;
    virtual RunSummary runSync(bool full = false) = 0;
    /// History's "Retry failed" on a run; a Running summary when it does not finish.
    RunSummary retry(qint64 runId);

    virtual SandboxServer &server() = 0;
    virtual SandboxTestClient &client() = 0;
    virtual Database &database() = 0;
    virtual SyncThread &sync() = 0;
    virtual const Integration &integration() const = 0;

    /// Merges `settings` into the integration's settings JSON.
    bool setSettings(const QJsonObject &settings);
    QString remoteIdOf(const QString &entity, qint64 localId);

    // The business's own records, in the provider's demo currency and a tax code it has.
    Customer addCustomer(const QString &name, const QString &email = {});
    /// A Draft invoice of one line (2 × unitPrice) with the provider's tax code; needs a first
    /// run (the local tax types come from the provider).
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor);
    /// Same, with a given local tax code.
    Invoice addInvoice(qint64 customerId, const QString &number, qint64 unitPriceMinor, const QString &taxCode);
    virtual QString currency() const = 0;
    virtual QString taxCode() const = 0;
    /// A provider tax code other than taxCode(), with its rate × 10^4 (for the tax mapping).
    virtual QString otherTaxCode() const = 0;
    virtual qint64 otherTaxRateE4() const = 0;

    // The organisation as another of its users sees it.
    /// Creates a customer remotely; its remote id, or empty.
    virtual QString createRemoteCustomer(const QString &name, bool archived = false) = 0;
    virtual QStringList remoteCustomerNames() = 0;
    /// Our invoice numbers as the provider holds them (one entry per remote document).
    virtual QStringList remoteInvoiceNumbers() = 0;
    /// Our credit note numbers as the provider holds them (MYOB: none, not sent in this version).
    virtual QStringList remoteCreditNoteNumbers() = 0;
    /// What the provider holds for our invoice `number`: "open", "voided" (kept, voided) or
    /// "absent" (never there, or deleted).
    virtual QString remoteInvoiceState(const QString &number) = 0;
    /// The state a locally voided invoice must reach by the provider's rules.
    virtual QString voidedState() const = 0;
    /// The tax codes on the lines of the remote invoice carrying our `number`.
    virtual QStringList remoteInvoiceTaxCodes(const QString &number) = 0;
    /// The remote item's sale price in minor units, or -1.
    virtual qint64 remoteItemPrice(const QString &remoteId) = 0;
    /// Renames the remote customer as another user; false when refused.
    virtual bool renameRemoteCustomer(const QString &remoteId, const QString &name) = 0;
    /// Changes the remote item's sale price as another user; false when refused.
    virtual bool setRemoteItemPrice(const QString &remoteId, qint64 priceMinor) = 0;
    /// The sandbox path pattern of the call that writes invoices (for a fault).
    virtual QString invoiceWritePattern() const = 0;

    // A second organisation (Move links): the sandbox's second demo tenant of the provider.
    QString tenant(int index) const;
    /// Live records of a tenant's collection (control API).
    QJsonArray records(int tenantIndex, const QString &collection);
    virtual QString customerCollection() const = 0;
    virtual QString customerNameField() const = 0;
    virtual QStringList invoiceCollections() const = 0;
    virtual QString invoiceNumberField() const = 0;
    /// The engine's grant type for the provider, for a second SyncThread (empty for Xero, whose
    /// fixture uses a custom connection; tst_linkmover covers it).
    virtual std::unique_ptr<AccessTokenSource> tokenSource(
        QNetworkAccessManager *network, const QUrl &base, const QString &access, const QString &refresh) const = 0;
    virtual QString clientId() const = 0;
    virtual QStringList scopes() const = 0;

    // Traffic since the last resetStats().
    void resetStats();
    /// Requests to the provider's API (not OAuth, not the control API).
    int apiRequests();
    /// Writes (POST, PUT, DELETE) to the provider's API.
    int apiWrites();
    /// GETs of the provider's API per path (the part after apiFragment(), query left out).
    QMap<QString, int> apiReadsByPath();
    virtual QString apiFragment() const = 0;

protected:
    RulesWorld() = default;
    int requests(const QString &method);
};

} // namespace Ledgerlink
