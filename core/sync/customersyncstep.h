#pragma once

#include "sync/customermatcher.h"
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
/// once, and the links table refuses a second link). Matching itself is CustomerMatcher's.
///
/// The wizard's matching table (SyncSettings::customerMatching) comes first: a "link" answer for a
/// customer that has no link yet ties exactly that pair (the contact list is then read in full so
/// the answer can be checked; a contact the provider does not have, or one linked to somebody
/// else, is a failed record and the customer is neither matched nor sent). A "skip" customer is
/// never matched, imported over, or sent.
class CustomerSyncStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("customers"); }
    void run(Done done) override;

    /// The ContactNumber we give a customer: its account number, or "LL-C<id>".
    static QString externalKey(const Customer &customer) { return CustomerMatcher::externalKey(customer); }
    /// Lower case, spaces collapsed, punctuation and "ltd/limited/inc" noise removed.
    static QString normalisedName(const QString &name) { return CustomerMatcher::normalisedName(name); }

private:
    Status loadLocal();
    void loadAnswers();
    Status pullPage(const QList<RemoteContact> &contacts);
    Status linkAnswer(qint64 localId, const RemoteContact &remote);
    void failAnswer(qint64 localId, const QString &remoteId, const QString &message);
    void reportMissingAnswers();
    Status applyRemote(const Link &link, const RemoteContact &remote);
    void push(Done done);

    QHash<qint64, Customer> m_local;
    QSet<qint64> m_linked;
    CustomerMatcher m_matcher;
    QHash<QString, qint64> m_answerByRemote; ///< link answers not resolved yet: remote id -> local id
    QSet<qint64> m_blocked; ///< answered customers whose answer failed: never matched or sent
};

} // namespace Ledgerlink
