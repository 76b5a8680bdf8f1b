#include "itemsyncstep.h"

#include "store/fixedpoint.h"

namespace Ledgerlink {

void ItemSyncStep::run(Done done)
{
    if (!m_context.settings.items.enabled) {
        done({});
        return;
    }
    if (Status loaded = loadLocal(); !loaded) {
        done(loaded);
        return;
    }
    readAll<RemoteItem>(
        SyncEntity::item(), true,
        [this](const ListQuery &q, ProviderClient::ListCallback<RemoteItem> cb) { m_context.client.listItems(q, cb); },
        [this](const QList<RemoteItem> &page) { return pullPage(page); },
        [this, done](const Status &pulled) {
            if (!pulled) {
                done(pulled);
                return;
            }
            push(done);
        });
}

Status ItemSyncStep::loadLocal()
{
    for (qint64 after = 0;;) {
        auto page = m_context.items.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Item &i : page.value()) {
            after = i.id;
            m_byCode.insert(i.code.toCaseFolded(), i.id);
        }
    }
    for (qint64 after = 0;;) {
        auto page = m_context.taxTypes.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const TaxType &t : page.value()) {
            after = t.id;
            // Sent with the tax mapping's code; an item read with that code is this tax type.
            const QString code = m_context.settings.providerTaxCode(t.code);
            m_taxCodes.insert(t.id, code);
            if (code == t.code || !m_taxByCode.contains(code)) {
                m_taxByCode.insert(code, t.id);
            }
        }
    }
    for (qint64 after = 0;;) {
        auto page = m_context.accounts.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Account &a : page.value()) {
            after = a.id;
            m_accountCodes.insert(a.id, a.code);
            m_accountByCode.insert(a.code, a.id);
        }
    }
    return {};
}

QList<ChangeLogEntry> ItemSyncStep::diff(const Item &before, const Item &after, ChangeSource source) const
{
    QList<ChangeLogEntry> entries;
    const QList<std::tuple<QString, QString, QString>> fields {
        { QStringLiteral("code"), before.code, after.code },
        { QStringLiteral("name"), before.name, after.name },
        { QStringLiteral("description"), before.description, after.description },
        { QStringLiteral("sale_price"), FixedPoint::format(before.salePriceMinor, 2),
            FixedPoint::format(after.salePriceMinor, 2) },
        { QStringLiteral("tax_type"), m_taxCodes.value(before.taxTypeId), m_taxCodes.value(after.taxTypeId) },
        { QStringLiteral("account"), m_accountCodes.value(before.accountId), m_accountCodes.value(after.accountId) },
    };
    for (const auto &[field, oldValue, newValue] : fields) {
        if (oldValue != newValue) {
            ChangeLogEntry e;
            e.integrationId = m_context.integration.id;
            e.runId = m_context.runId;
            e.entity = SyncEntity::item();
            e.localId = before.id;
            e.field = field;
            e.oldValue = oldValue;
            e.newValue = newValue;
            e.source = source;
            entries << e;
        }
    }
    return entries;
}

Item ItemSyncStep::merged(const Item &local, const RemoteItem &remote) const
{
    Item item = local;
    item.code = remote.item.code;
    item.name = remote.item.name.left(200);
    item.description = remote.item.description;
    item.salePriceMinor = remote.item.salePriceMinor;
    if (!remote.taxCode.isEmpty() && m_taxByCode.contains(remote.taxCode)) {
        item.taxTypeId = m_taxByCode.value(remote.taxCode);
    }
    if (!remote.accountCode.isEmpty() && m_accountByCode.contains(remote.accountCode)) {
        item.accountId = m_accountByCode.value(remote.accountCode);
    }
    return item;
}

Status ItemSyncStep::takeRemote(const Item &local, const RemoteItem &remote, const QString &action)
{
    const Item updated = merged(local, remote);
    const auto entries = diff(local, updated, ChangeSource::Remote);
    Item saved = local;
    if (!entries.isEmpty()) {
        auto result = m_context.items.update(updated);
        if (!result) {
            m_context.record(
                SyncEntity::item(), local.id, remote.remoteId, action, ItemOutcome::Failed, result.error());
            return {};
        }
        saved = result.value();
        m_context.changes.recordAll(entries);
    }
    auto linked = m_context.links.linkExisting(m_context.integration.id, SyncEntity::item(), saved.id, remote.remoteId,
        remote.version, RunContext::localVersion(saved.updatedAt));
    if (!linked) {
        m_context.record(SyncEntity::item(), saved.id, remote.remoteId, action, ItemOutcome::Failed, linked.error());
        return {};
    }
    if (!entries.isEmpty() || action == QLatin1String("match")) {
        m_context.record(SyncEntity::item(), saved.id, remote.remoteId, action, ItemOutcome::Ok);
    }
    return {};
}

Status ItemSyncStep::pullPage(const QList<RemoteItem> &remoteItems)
{
    const QString entity = SyncEntity::item();
    for (const RemoteItem &remote : remoteItems) {
        auto link = m_context.links.findByRemote(m_context.integration.id, entity, remote.remoteId);
        if (!link) {
            return link.error();
        }
        if (remote.deleted) {
            if (Status applied = applyDeleted(link.value(), remote); !applied) {
                return applied;
            }
            continue;
        }
        Item local;
        QString action = QStringLiteral("pull");
        if (link->has_value()) {
            if (link->value().remoteVersion == remote.version) {
                ++m_context.counts.unchanged;
                continue;
            }
            local = localItem(link->value().localId);
            const bool localChanged = RunContext::localVersion(local.updatedAt) != link->value().localVersion;
            if (localChanged && local.updatedAt > remote.updatedAt) {
                // Both changed, ours is later: keep ours (pushed below), log the value Xero had.
                m_context.changes.recordAll(diff(merged(local, remote), local, ChangeSource::Local));
                continue;
            }
        } else {
            const qint64 localId = m_byCode.value(remote.item.code.toCaseFolded());
            auto localLink = localId ? m_context.links.findByLocal(m_context.integration.id, entity, localId)
                                     : Result<std::optional<Link>>(std::optional<Link>());
            if (!localLink) {
                return localLink.error();
            }
            if (localId && (!localLink->has_value() || localLink->value().remoteId.isEmpty())) {
                local = localItem(localId);
                action = QStringLiteral("match");
                if (local.updatedAt > remote.updatedAt) {
                    // Same code on both sides, ours changed later: link and let the push send ours.
                    auto linked = m_context.links.linkExisting(
                        m_context.integration.id, entity, localId, remote.remoteId, remote.version, QString());
                    m_context.record(entity, localId, remote.remoteId, action,
                        linked ? ItemOutcome::Ok : ItemOutcome::Failed, linked ? Error() : linked.error());
                    continue;
                }
            } else if (!localId && m_context.settings.items.receives()) {
                Item fresh = merged(Item(), remote);
                auto inserted = m_context.items.insert(fresh);
                if (!inserted) {
                    m_context.record(
                        entity, 0, remote.remoteId, QStringLiteral("import"), ItemOutcome::Failed, inserted.error());
                    continue;
                }
                m_byCode.insert(inserted->code.toCaseFolded(), inserted->id);
                auto linked = m_context.links.linkExisting(m_context.integration.id, entity, inserted->id,
                    remote.remoteId, remote.version, RunContext::localVersion(inserted->updatedAt));
                m_context.record(entity, inserted->id, remote.remoteId, QStringLiteral("import"),
                    linked ? ItemOutcome::Ok : ItemOutcome::Failed, linked ? Error() : linked.error());
                continue;
            } else {
                continue;
            }
        }
        if (!m_context.settings.items.receives() && action != QLatin1String("match")) {
            continue;
        }
        if (Status taken = takeRemote(local, remote, action); !taken) {
            return taken;
        }
    }
    return {};
}

Status ItemSyncStep::applyDeleted(const std::optional<Link> &link, const RemoteItem &remote)
{
    // As for customers: only a linked item, once, and only when items are received.
    if (!link || link->remoteVersion == remote.version || !m_context.settings.items.receives()) {
        ++m_context.counts.unchanged;
        return {};
    }
    const QString entity = SyncEntity::item();
    auto found = m_context.items.findById(link->localId);
    if (!found) {
        return found.error().kind() == Error::Kind::Item ? Status() : Status(found.error());
    }
    Item saved = found.value();
    if (!saved.archived) {
        Item archived = saved;
        archived.archived = true;
        auto result = m_context.items.update(archived);
        if (!result) {
            m_context.record(
                entity, saved.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Failed, result.error());
            return {};
        }
        ChangeLogEntry e;
        e.integrationId = m_context.integration.id;
        e.runId = m_context.runId;
        e.entity = entity;
        e.localId = saved.id;
        e.field = QStringLiteral("archived");
        e.oldValue = QStringLiteral("0");
        e.newValue = QStringLiteral("1");
        e.source = ChangeSource::Remote;
        m_context.changes.recordAll({ e });
        saved = result.value();
    }
    auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved.id, remote.remoteId,
        remote.version, RunContext::localVersion(saved.updatedAt));
    if (!linked) {
        return linked.error();
    }
    m_context.record(entity, saved.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Ok,
        Error(Error::Kind::Item, {}, QStringLiteral("deleted at the provider: item archived")));
    return {};
}

void ItemSyncStep::push(Done done)
{
    if (!m_context.settings.items.sends()) {
        done({});
        return;
    }
    pushPages<Item>(
        m_context.countLocal(QStringLiteral("items")),
        [this](qint64 after, int limit) { return m_context.items.page(after, limit); },
        [this](const QList<Item> &page, Done pageDone) { pushPage(page, pageDone); }, done);
}

void ItemSyncStep::pushPage(const QList<Item> &page, Done done)
{
    const QString entity = SyncEntity::item();
    QList<ItemWrite> writes;
    for (const Item &i : page) {
        auto link = m_context.links.findByLocal(m_context.integration.id, entity, i.id);
        if (!link) {
            done(link.error());
            return;
        }
        const QString version = RunContext::localVersion(i.updatedAt);
        if (link->has_value()) {
            if (link->value().state != LinkState::Pending && link->value().localVersion == version
                && !m_context.mustResend(entity, i.id)) {
                continue;
            }
        } else if (i.archived) {
            continue;
        }
        ItemWrite w;
        w.localId = i.id;
        w.remoteId = link->has_value() ? link->value().remoteId : QString();
        w.item = i;
        w.taxCode = m_taxCodes.value(i.taxTypeId);
        w.accountCode = m_accountCodes.value(i.accountId);
        writes.append(w);
    }
    writeAll<ItemWrite>(
        entity, writes, [](const ItemWrite &w) { return RunContext::localVersion(w.item.updatedAt); },
        [this](const QList<ItemWrite> &batch, ProviderClient::WriteCallback cb) {
            m_context.client.writeItems(batch, cb);
        },
        done);
}

Item ItemSyncStep::localItem(qint64 id)
{
    // A local item deleted since its link was made reads as an empty item: its update then fails
    // as that record's own failure.
    auto item = m_context.items.findById(id);
    return item ? item.value() : Item();
}

} // namespace Ledgerlink
