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
///     deleted at the provider (Sage) -> the linked customer is archived, the link kept
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
    /// Fills the matcher with the customers that have no link, the first time a contact needs it.
    Status loadMatcher();
    Status loadAnswers();
    QString nameOf(qint64 localId);
    Status pullPage(const QList<RemoteContact> &contacts);
    Status linkAnswer(qint64 localId, const RemoteContact &remote);
    void failAnswer(qint64 localId, const QString &remoteId, const QString &message);
    void reportMissingAnswers();
    Status applyRemote(const Link &link, const RemoteContact &remote);
    /// A contact deleted at the provider (RemoteContact::deleted): the linked customer is archived.
    Status applyDeleted(const std::optional<Link> &link, const RemoteContact &remote);
    void push(Done done);
    void pushPage(const QList<Customer> &page, Done done);

    CustomerMatcher m_matcher;
    bool m_matcherLoaded = false;
    QSet<qint64> m_reserved; ///< customers the matching table links: never matched automatically
    QHash<QString, qint64> m_answerByRemote; ///< link answers not resolved yet: remote id -> local id
    QSet<qint64> m_blocked; ///< answered customers whose answer failed: never matched or sent
};

} // namespace Ledgerlink
