#pragma once

#include "sync/syncstep.h"

#include <QHash>
#include <QSet>

namespace Ledgerlink {

/// Customers <-> contacts.
///
///   pull (direction from/both, and always on first activation):
///     linked, remote changed -> apply remote (both changed: the later change wins, change log)
///     unlinked -> match a not-yet-linked local customer by ContactNumber, then email, then
///                 normalised name -> link; no match -> import (archived contacts are not imported)
///   push (direction to/both): unlinked or changed since the link's local version -> create/update
///
/// One local customer is never linked to two remote contacts (matching takes each local customer
/// once, and the links table refuses a second link).
class CustomerSyncStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("customers"); }
    void run(Done done) override;

    /// The ContactNumber we give a customer: its account number, or "LL-C<id>".
    static QString externalKey(const Customer &customer);
    /// Lower case, spaces collapsed, punctuation and "ltd/limited/inc" noise removed.
    static QString normalisedName(const QString &name);

private:
    Status loadLocal();
    Status pullPage(const QList<RemoteContact> &contacts);
    Status applyRemote(const Link &link, const RemoteContact &remote);
    qint64 match(const RemoteContact &remote) const;
    void push(Done done);

    QHash<qint64, Customer> m_local;
    QSet<qint64> m_linked;
    QHash<QString, qint64> m_byKey;
    QMultiHash<QString, qint64> m_byEmail;
    QMultiHash<QString, qint64> m_byName;
};

} // namespace Ledgerlink
