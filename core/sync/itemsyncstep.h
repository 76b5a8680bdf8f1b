#pragma once

#include "sync/syncstep.h"

#include <QHash>

namespace Ledgerlink {

/// Items both ways on every run. Unlinked records are matched by code (Xero's item key). A record
/// changed on both sides since the last run is resolved by the later change; the change log keeps
/// both values (the losing side's value as the old value, the winner's as the new one). An item
/// deleted at the provider (Sage) is archived here and keeps its link.
class ItemSyncStep : public SyncStep
{
    Q_OBJECT

public:
    using SyncStep::SyncStep;

    QString phase() const override { return QStringLiteral("items"); }
    void run(Done done) override;

private:
    Status loadLocal();
    Status pullPage(const QList<RemoteItem> &items);
    /// The local item with the remote's fields (tax and account mapped by code).
    Item merged(const Item &local, const RemoteItem &remote) const;
    Status takeRemote(const Item &local, const RemoteItem &remote, const QString &action);
    /// A product deleted at the provider (RemoteItem::deleted): the linked item is archived.
    Status applyDeleted(const std::optional<Link> &link, const RemoteItem &remote);
    void push(Done done);
    void pushPage(const QList<Item> &page, Done done);
    Item localItem(qint64 id);
    QList<ChangeLogEntry> diff(const Item &before, const Item &after, ChangeSource source) const;

    QHash<QString, qint64> m_byCode; ///< case-folded code -> local id (codes only, not the items)
    QHash<QString, qint64> m_taxByCode;
    QHash<qint64, QString> m_taxCodes;
    QHash<QString, qint64> m_accountByCode;
    QHash<qint64, QString> m_accountCodes;
};

} // namespace Ledgerlink
