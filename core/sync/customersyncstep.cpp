#include "customersyncstep.h"

#include <QRegularExpression>

namespace Ledgerlink {

namespace {

QList<ChangeLogEntry> diff(
    const RunContext &ctx, qint64 localId, const Customer &before, const Customer &after, ChangeSource source)
{
    QList<ChangeLogEntry> entries;
    const QList<std::tuple<QString, QString, QString>> fields {
        { QStringLiteral("name"), before.name, after.name },
        { QStringLiteral("email"), before.email, after.email },
        { QStringLiteral("phone"), before.phone, after.phone },
        { QStringLiteral("account_number"), before.accountNumber, after.accountNumber },
        { QStringLiteral("address_line1"), before.addressLine1, after.addressLine1 },
        { QStringLiteral("city"), before.city, after.city },
        { QStringLiteral("postal_code"), before.postalCode, after.postalCode },
        { QStringLiteral("archived"), QString::number(before.archived), QString::number(after.archived) },
    };
    for (const auto &[field, oldValue, newValue] : fields) {
        if (oldValue != newValue) {
            ChangeLogEntry e;
            e.integrationId = ctx.integration.id;
            e.runId = ctx.runId;
            e.entity = SyncEntity::customer();
            e.localId = localId;
            e.field = field;
            e.oldValue = oldValue;
            e.newValue = newValue;
            e.source = source;
            entries << e;
        }
    }
    return entries;
}

Customer withRemoteFields(Customer local, const Customer &remote)
{
    const qint64 id = local.id;
    const QDateTime created = local.createdAt;
    const QDateTime updated = local.updatedAt;
    local = remote;
    local.id = id;
    local.createdAt = created;
    local.updatedAt = updated;
    return local;
}

} // namespace

QString CustomerSyncStep::externalKey(const Customer &customer)
{
    return customer.accountNumber.isEmpty() ? QStringLiteral("LL-C%1").arg(customer.id) : customer.accountNumber;
}

QString CustomerSyncStep::normalisedName(const QString &name)
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

void CustomerSyncStep::run(Done done)
{
    if (!m_context.settings.customers.enabled) {
        done({});
        return;
    }
    if (Status loaded = loadLocal(); !loaded) {
        done(loaded);
        return;
    }
    readAll<RemoteContact>(
        SyncEntity::customer(), true,
        [this](const ListQuery &q, ProviderClient::ListCallback<RemoteContact> cb) {
            m_context.client.listContacts(q, cb);
        },
        [this](const QList<RemoteContact> &page) { return pullPage(page); },
        [this, done](const Status &pulled) {
            if (!pulled) {
                done(pulled);
                return;
            }
            push(done);
        });
}

Status CustomerSyncStep::loadLocal()
{
    qint64 after = 0;
    for (;;) {
        auto page = m_context.customers.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            break;
        }
        for (const Customer &c : page.value()) {
            after = c.id;
            m_local.insert(c.id, c);
            auto link = m_context.links.findByLocal(m_context.integration.id, SyncEntity::customer(), c.id);
            if (!link) {
                return link.error();
            }
            if (link->has_value()) {
                m_linked.insert(c.id);
            }
            m_byKey.insert(externalKey(c).toCaseFolded(), c.id);
            m_byKey.insert(QStringLiteral("LL-C%1").arg(c.id).toCaseFolded(), c.id);
            if (!c.email.trimmed().isEmpty()) {
                m_byEmail.insert(c.email.trimmed().toCaseFolded(), c.id);
            }
            m_byName.insert(normalisedName(c.name), c.id);
        }
    }
    return {};
}

qint64 CustomerSyncStep::match(const RemoteContact &remote) const
{
    auto free = [this](qint64 id) { return id != 0 && !m_linked.contains(id) && !m_local.value(id).archived; };
    if (!remote.externalKey.isEmpty()) {
        if (const qint64 id = m_byKey.value(remote.externalKey.toCaseFolded()); free(id)) {
            return id;
        }
    }
    if (!remote.customer.accountNumber.isEmpty()) {
        if (const qint64 id = m_byKey.value(remote.customer.accountNumber.toCaseFolded()); free(id)) {
            return id;
        }
    }
    const QString email = remote.customer.email.trimmed().toCaseFolded();
    if (!email.isEmpty()) {
        const auto ids = m_byEmail.values(email);
        for (qint64 id : ids) {
            if (free(id)) {
                return id;
            }
        }
    }
    const auto ids = m_byName.values(normalisedName(remote.customer.name));
    for (qint64 id : ids) {
        if (free(id)) {
            return id;
        }
    }
    return 0;
}

Status CustomerSyncStep::pullPage(const QList<RemoteContact> &contacts)
{
    const QString entity = SyncEntity::customer();
    // On first activation every existing accounting customer comes in, whatever the direction.
    const bool receives = m_context.settings.customers.receives() || m_context.firstActivation;
    for (const RemoteContact &remote : contacts) {
        auto link = m_context.links.findByRemote(m_context.integration.id, entity, remote.remoteId);
        if (!link) {
            return link.error();
        }
        if (link->has_value()) {
            const Link &l = link->value();
            if (l.remoteVersion == remote.version || !m_context.settings.customers.receives()) {
                ++m_context.counts.unchanged; // re-read inside the watermark overlap
                continue;
            }
            if (Status applied = applyRemote(l, remote); !applied) {
                return applied;
            }
            continue;
        }
        if (remote.customer.archived || !receives) {
            continue;
        }
        if (const qint64 localId = match(remote)) {
            const Customer local = m_local.value(localId);
            auto linked = m_context.links.linkExisting(m_context.integration.id, entity, localId, remote.remoteId,
                remote.version, RunContext::localVersion(local.updatedAt));
            if (!linked) {
                m_context.record(
                    entity, localId, remote.remoteId, QStringLiteral("match"), ItemOutcome::Failed, linked.error());
                continue;
            }
            m_linked.insert(localId);
            m_context.record(entity, localId, remote.remoteId, QStringLiteral("match"), ItemOutcome::Ok);
            continue;
        }
        Customer fresh = remote.customer;
        auto inserted = m_context.customers.insert(fresh);
        if (!inserted) {
            m_context.record(
                entity, 0, remote.remoteId, QStringLiteral("import"), ItemOutcome::Failed, inserted.error());
            continue;
        }
        m_local.insert(inserted->id, inserted.value());
        m_linked.insert(inserted->id);
        auto linked = m_context.links.linkExisting(m_context.integration.id, entity, inserted->id, remote.remoteId,
            remote.version, RunContext::localVersion(inserted->updatedAt));
        m_context.record(entity, inserted->id, remote.remoteId, QStringLiteral("import"),
            linked ? ItemOutcome::Ok : ItemOutcome::Failed, linked ? Error() : linked.error());
    }
    return {};
}

Status CustomerSyncStep::applyRemote(const Link &link, const RemoteContact &remote)
{
    const QString entity = SyncEntity::customer();
    const Customer local = m_local.value(link.localId);
    if (local.id == 0) {
        return {};
    }
    const bool localChanged = RunContext::localVersion(local.updatedAt) != link.localVersion;
    if (localChanged && m_context.settings.customers.sends() && local.updatedAt > remote.updatedAt) {
        // Both changed and ours is later: ours wins; the push below sends it. Record what Xero had.
        m_context.changes.recordAll(
            diff(m_context, local.id, withRemoteFields(local, remote.customer), local, ChangeSource::Local));
        return {};
    }
    const Customer updated = withRemoteFields(local, remote.customer);
    const QList<ChangeLogEntry> entries = diff(m_context, local.id, local, updated, ChangeSource::Remote);
    Customer saved = local;
    if (!entries.isEmpty()) {
        auto result = m_context.customers.update(updated);
        if (!result) {
            m_context.record(
                entity, local.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Failed, result.error());
            return {};
        }
        saved = result.value();
        m_context.changes.recordAll(entries);
    }
    m_local.insert(saved.id, saved);
    auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved.id, remote.remoteId,
        remote.version, RunContext::localVersion(saved.updatedAt));
    if (!linked) {
        return linked.error();
    }
    if (!entries.isEmpty()) {
        m_context.record(entity, saved.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Ok);
    }
    return {};
}

void CustomerSyncStep::push(Done done)
{
    if (!m_context.settings.customers.sends()) {
        done({});
        return;
    }
    const QString entity = SyncEntity::customer();
    QList<ContactWrite> writes;
    for (const Customer &c : std::as_const(m_local)) {
        auto link = m_context.links.findByLocal(m_context.integration.id, entity, c.id);
        if (!link) {
            done(link.error());
            return;
        }
        const QString version = RunContext::localVersion(c.updatedAt);
        if (link->has_value()) {
            const Link &l = link->value();
            if (l.state != LinkState::Pending && l.localVersion == version) {
                continue; // unchanged, or failed/parked until it changes
            }
        } else if (c.archived) {
            continue; // archived and never synced: nothing to archive remotely
        }
        ContactWrite w;
        w.localId = c.id;
        w.remoteId = link->has_value() ? link->value().remoteId : QString();
        w.externalKey = externalKey(c);
        w.customer = c;
        writes.append(w);
    }
    std::sort(writes.begin(), writes.end(),
        [](const ContactWrite &a, const ContactWrite &b) { return a.localId < b.localId; });
    writeAll<ContactWrite>(
        entity, writes, [](const ContactWrite &w) { return RunContext::localVersion(w.customer.updatedAt); },
        [this](const QList<ContactWrite> &batch, ProviderClient::WriteCallback cb) {
            m_context.client.writeContacts(batch, cb);
        },
        done);
}

} // namespace Ledgerlink
