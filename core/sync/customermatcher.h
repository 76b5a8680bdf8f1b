#pragma once

#include "providers/providertypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ledgerlink {

/// Pairs local customers with the provider's contacts the way the engine does on first
/// activation, so the wizard can show the same suggestions it will apply:
///
///   remote contact -> local customer with its external key (ContactNumber / account number)
///                  -> else the same email (case-insensitive)
///                  -> else the same normalised name ("ACME Limited" = "Acme Ltd")
///
/// Each local customer is taken at most once, archived local customers are never proposed, and
/// archived remote contacts are not matched. Pure: no store, no network.
class CustomerMatcher
{
public:
    enum class Rule {
        ExternalKey,
        Email,
        Name,
    };
    struct Suggestion
    {
        qint64 localId = 0;
        QString remoteId;
        Rule rule = Rule::Name;
    };

    /// A candidate for matching.
    void addLocal(const Customer &customer);
    /// Never propose this local customer again (already linked, reserved, or just matched).
    void take(qint64 localId);
    bool isTaken(qint64 localId) const { return m_taken.contains(localId); }
    /// The best free local customer for `remote`, without taking it.
    std::optional<Suggestion> match(const RemoteContact &remote) const;

    /// Suggestions for every remote contact that has a free local twin, in the remote order.
    /// `alreadyLinked` local customers are not proposed.
    static QList<Suggestion> suggest(
        const QList<Customer> &local, const QList<RemoteContact> &remote, const QSet<qint64> &alreadyLinked = {});

    /// The ContactNumber we give a customer: its account number, or "LL-C<id>".
    static QString externalKey(const Customer &customer);
    /// Lower case, spaces collapsed, punctuation and "ltd/limited/inc" noise removed.
    static QString normalisedName(const QString &name);

private:
    bool isFree(qint64 id) const;

    QHash<qint64, bool> m_archived;
    QSet<qint64> m_taken;
    QHash<QString, qint64> m_byKey;
    QMultiHash<QString, qint64> m_byEmail;
    QMultiHash<QString, qint64> m_byName;
};

} // namespace Ledgerlink
