#include "customermatcher.h"

#include <QRegularExpression>

#include <algorithm>

namespace Ledgerlink {

namespace {

/// QMultiHash returns the most recently inserted value first; the oldest local customer wins.
QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QString CustomerMatcher::externalKey(const Customer &customer)
{
    return customer.accountNumber.isEmpty() ? QStringLiteral("LL-C%1").arg(customer.id) : customer.accountNumber;
}

QString CustomerMatcher::normalisedName(const QString &name)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\s]"));
    static const QRegularExpression suffix(QStringLiteral("\\b(ltd|limited|inc|llc|plc|pty|co)\\b"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString n = name.toCaseFolded();
    n.replace(punctuation, QStringLiteral(" "));
    n.replace(suffix, QStringLiteral(" "));
    n.replace(spaces, QStringLiteral(" "));
    return n.trimmed();
}

void CustomerMatcher::addLocal(const Customer &c)
{
    m_archived.insert(c.id, c.archived);
    m_byKey.insert(externalKey(c).toCaseFolded(), c.id);
    // A contact we created before the customer got an account number still carries LL-C<id>.
    m_byKey.insert(QStringLiteral("LL-C%1").arg(c.id).toCaseFolded(), c.id);
    if (!c.email.trimmed().isEmpty()) {
        m_byEmail.insert(c.email.trimmed().toCaseFolded(), c.id);
    }
    const QString name = normalisedName(c.name);
    if (!name.isEmpty()) {
        m_byName.insert(name, c.id);
    }
}

void CustomerMatcher::take(qint64 localId)
{
    m_taken.insert(localId);
}

bool CustomerMatcher::isFree(qint64 id) const
{
    return id != 0 && m_archived.contains(id) && !m_archived.value(id) && !m_taken.contains(id);
}

std::optional<CustomerMatcher::Suggestion> CustomerMatcher::match(const RemoteContact &remote) const
{
    if (remote.customer.archived) {
        return std::nullopt;
    }
    for (const QString &key : { remote.externalKey, remote.customer.accountNumber }) {
        if (!key.isEmpty()) {
            if (const qint64 id = m_byKey.value(key.toCaseFolded()); isFree(id)) {
                return Suggestion { id, remote.remoteId, Rule::ExternalKey };
            }
        }
    }
    const QString email = remote.customer.email.trimmed().toCaseFolded();
    if (!email.isEmpty()) {
        for (qint64 id : sortedIds(m_byEmail.values(email))) {
            if (isFree(id)) {
                return Suggestion { id, remote.remoteId, Rule::Email };
            }
        }
    }
    const QString name = normalisedName(remote.customer.name);
    if (!name.isEmpty()) {
        for (qint64 id : sortedIds(m_byName.values(name))) {
            if (isFree(id)) {
                return Suggestion { id, remote.remoteId, Rule::Name };
            }
        }
    }
    return std::nullopt;
}

QList<CustomerMatcher::Suggestion> CustomerMatcher::suggest(
    const QList<Customer> &local, const QList<RemoteContact> &remote, const QSet<qint64> &alreadyLinked)
{
    CustomerMatcher matcher;
    for (const Customer &c : local) {
        matcher.addLocal(c);
    }
    for (qint64 id : alreadyLinked) {
        matcher.take(id);
    }
    QList<Suggestion> suggestions;
    for (const RemoteContact &r : remote) {
        if (auto s = matcher.match(r)) {
            matcher.take(s->localId);
            suggestions.append(*s);
        }
    }
    return suggestions;
}

} // namespace Ledgerlink
