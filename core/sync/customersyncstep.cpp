#include "customersyncstep.h"

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

void CustomerSyncStep::run(Done done)
{
    if (!m_context.settings.customers.enabled) {
        done({});
        return;
    }
    if (Status loaded = loadAnswers(); !loaded) {
        done(loaded);
        return;
    }
    // An answer can only be checked against the whole contact list.
    const bool incremental = m_answerByRemote.isEmpty();
    readAll<RemoteContact>(
        SyncEntity::customer(), incremental,
        [this](const ListQuery &q, ProviderClient::ListCallback<RemoteContact> cb) {
            m_context.client.listContacts(q, cb);
        },
        [this](const QList<RemoteContact> &page) { return pullPage(page); },
        [this, done](const Status &pulled) {
            if (!pulled) {
                done(pulled);
                return;
            }
            // Only a complete read can say that a contact does not exist (a retry run may read nothing).
            if (!m_context.isCancelled() && m_context.reads(SyncEntity::customer())) {
                reportMissingAnswers();
            }
            push(done);
        });
}

Status CustomerSyncStep::loadMatcher()
{
    // Built on the first remote contact that needs it, from the customers that have no link yet:
    // a run whose contacts are all linked (every run after the first) never holds the customers.
    m_matcherLoaded = true;
    for (qint64 after = 0;;) {
        auto page = m_context.customers.page(after, 500);
        if (!page) {
            return page.error();
        }
        if (page->isEmpty()) {
            return {};
        }
        for (const Customer &c : page.value()) {
            after = c.id;
            if (c.archived || m_reserved.contains(c.id)) {
                continue; // never proposed (CustomerMatcher's rule), or kept for an answer
            }
            auto link = m_context.links.findByLocal(m_context.integration.id, SyncEntity::customer(), c.id);
            if (!link) {
                return link.error();
            }
            if (!link->has_value()) {
                m_matcher.addLocal(c);
            }
        }
    }
}

QString CustomerSyncStep::nameOf(qint64 localId)
{
    auto customer = m_context.customers.findById(localId);
    return customer ? customer->name : QString::number(localId);
}

Status CustomerSyncStep::loadAnswers()
{
    const QString entity = SyncEntity::customer();
    const SyncSettings::CustomerMatching &matching = m_context.settings.customerMatching;
    // What cannot be applied is said once, on the run that applies the table; a later run never
    // guesses in its place.
    if (m_context.firstActivation) {
        for (const QString &problem : std::as_const(m_context.settings.matchingProblems)) {
            m_context.record(entity, 0, {}, QStringLiteral("match"), ItemOutcome::Failed,
                Error(Error::Kind::Item,
                    tr("Part of the customer matching table could not be used and was ignored. Check the "
                       "matching in the integration's settings."),
                    problem));
        }
    }
    for (auto it = matching.link.cbegin(); it != matching.link.cend(); ++it) {
        const qint64 localId = it.key();
        auto customer = m_context.customers.findById(localId);
        if (!customer && customer.error().kind() != Error::Kind::Item) {
            return customer.error();
        }
        if (!customer) {
            if (m_context.firstActivation) {
                m_context.record(entity, localId, it.value(), QStringLiteral("match"), ItemOutcome::Failed,
                    Error(Error::Kind::Item,
                        tr("The customer matching table names a customer (number %1) that is not in Ledgerlink, "
                           "so that line was ignored.")
                            .arg(localId),
                        QStringLiteral("unknown local customer %1").arg(localId)));
            }
            continue;
        }
        auto link = m_context.links.findByLocal(m_context.integration.id, entity, localId);
        if (!link) {
            return link.error();
        }
        if (link->has_value()) {
            continue; // applied on an earlier run (or linked since): the link is the truth now
        }
        // Reserved either way: automatic matching must not hand it to another contact (a retry
        // run leaves answers outside its scope for a normal run).
        m_reserved.insert(localId);
        if (m_context.inScope(SyncEntity::customer(), localId)) {
            m_answerByRemote.insert(it.value(), localId);
        }
    }
    // "Create new" although a match was suggested: sent as a new contact, never matched.
    for (qint64 id : matching.create) {
        m_reserved.insert(id);
    }
    if (m_context.firstActivation) {
        for (qint64 id : matching.skip) {
            auto customer = m_context.customers.findById(id);
            if (customer) {
                m_context.record(entity, id, {}, QStringLiteral("create"), ItemOutcome::Skipped,
                    Error(Error::Kind::Parked,
                        tr("%1 is not sent: it is marked \"skip\" in the customer matching table.")
                            .arg(customer->name)));
            }
        }
    }
    return {};
}

Status CustomerSyncStep::linkAnswer(qint64 localId, const RemoteContact &remote)
{
    const QString entity = SyncEntity::customer();
    m_answerByRemote.remove(remote.remoteId);
    auto local = m_context.customers.findById(localId);
    if (!local) {
        if (local.error().kind() != Error::Kind::Item) {
            return local.error();
        }
        failAnswer(localId, remote.remoteId, local.error().userMessage());
        return {};
    }
    auto linked = m_context.links.linkExisting(m_context.integration.id, entity, localId, remote.remoteId,
        remote.version, RunContext::localVersion(local->updatedAt));
    if (!linked) {
        if (linked.error().kind() != Error::Kind::Item) {
            return linked.error();
        }
        failAnswer(localId, remote.remoteId, linked.error().userMessage());
        return {};
    }
    m_context.record(entity, localId, remote.remoteId, QStringLiteral("match"), ItemOutcome::Ok);
    return {};
}

void CustomerSyncStep::failAnswer(qint64 localId, const QString &remoteId, const QString &message)
{
    m_answerByRemote.remove(remoteId);
    m_blocked.insert(localId);
    m_context.record(SyncEntity::customer(), localId, remoteId, QStringLiteral("match"), ItemOutcome::Failed,
        Error(
            Error::Kind::Item, message, QStringLiteral("customer_matching link %1 -> %2").arg(localId).arg(remoteId)));
}

void CustomerSyncStep::reportMissingAnswers()
{
    const auto remaining = m_answerByRemote;
    for (auto it = remaining.cbegin(); it != remaining.cend(); ++it) {
        failAnswer(it.value(), it.key(),
            tr("%1 should be linked to contact %2, but the accounting package has no such contact. The customer "
               "was not sent; choose its contact again in the integration's settings.")
                .arg(nameOf(it.value()), it.key()));
    }
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
        if (remote.deleted) {
            if (Status applied = applyDeleted(link.value(), remote); !applied) {
                return applied;
            }
            continue;
        }
        const qint64 answered = m_answerByRemote.value(remote.remoteId);
        if (link->has_value()) {
            const Link &l = link->value();
            if (answered != 0 && answered != l.localId) {
                failAnswer(answered, remote.remoteId,
                    tr("%1 should be linked to contact %2, but that contact is already linked to another "
                       "Ledgerlink customer. The customer was not sent; choose its contact again in the "
                       "integration's settings.")
                        .arg(nameOf(answered), remote.remoteId));
            }
            if (m_context.settings.customerMatching.skip.contains(l.localId)) {
                ++m_context.counts.unchanged;
                continue;
            }
            if (l.remoteVersion == remote.version || !m_context.settings.customers.receives()) {
                ++m_context.counts.unchanged; // re-read inside the watermark overlap
                continue;
            }
            if (Status applied = applyRemote(l, remote); !applied) {
                return applied;
            }
            continue;
        }
        if (answered != 0) {
            if (Status linkedAnswer = linkAnswer(answered, remote); !linkedAnswer) {
                return linkedAnswer;
            }
            continue;
        }
        if (remote.customer.archived || !receives) {
            continue;
        }
        if (!m_matcherLoaded) {
            if (Status loaded = loadMatcher(); !loaded) {
                return loaded;
            }
        }
        const auto suggestion = m_matcher.match(remote);
        if (suggestion && m_context.settings.customerMatching.skip.contains(suggestion->localId)) {
            continue; // the admin keeps this customer out: no link, and no second local copy either
        }
        if (suggestion) {
            const qint64 localId = suggestion->localId;
            auto local = m_context.customers.findById(localId);
            auto linked = local ? m_context.links.linkExisting(m_context.integration.id, entity, localId,
                              remote.remoteId, remote.version, RunContext::localVersion(local->updatedAt))
                                : Result<Link>(local.error());
            if (!linked) {
                m_context.record(
                    entity, localId, remote.remoteId, QStringLiteral("match"), ItemOutcome::Failed, linked.error());
                continue;
            }
            m_matcher.take(localId);
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
    auto found = m_context.customers.findById(link.localId);
    if (!found) {
        // Deleted here since it was linked: nothing to apply the contact to.
        return found.error().kind() == Error::Kind::Item ? Status() : Status(found.error());
    }
    const Customer local = found.value();
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

Status CustomerSyncStep::applyDeleted(const std::optional<Link> &link, const RemoteContact &remote)
{
    // Never ours (nothing to import from a deleted contact), already applied (re-read within the
    // overlap), kept out by the admin, or not received: the same rules as an archived contact.
    if (!link || link->remoteVersion == remote.version
        || m_context.settings.customerMatching.skip.contains(link->localId)
        || !m_context.settings.customers.receives()) {
        ++m_context.counts.unchanged;
        return {};
    }
    const QString entity = SyncEntity::customer();
    auto found = m_context.customers.findById(link->localId);
    if (!found) {
        return found.error().kind() == Error::Kind::Item ? Status() : Status(found.error());
    }
    Customer saved = found.value();
    if (!saved.archived) {
        Customer archived = saved;
        archived.archived = true;
        auto result = m_context.customers.update(archived);
        if (!result) {
            m_context.record(
                entity, saved.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Failed, result.error());
            return {};
        }
        m_context.changes.recordAll(diff(m_context, saved.id, saved, result.value(), ChangeSource::Remote));
        saved = result.value();
    }
    // The link stays (as for an archived contact), at the version "deleted" and the archived
    // customer's version: nothing is sent back, and a re-read changes nothing.
    auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved.id, remote.remoteId,
        remote.version, RunContext::localVersion(saved.updatedAt));
    if (!linked) {
        return linked.error();
    }
    m_context.record(entity, saved.id, remote.remoteId, QStringLiteral("pull"), ItemOutcome::Ok,
        Error(Error::Kind::Item, {}, QStringLiteral("deleted at the provider: customer archived")));
    return {};
}

void CustomerSyncStep::push(Done done)
{
    if (!m_context.settings.customers.sends()) {
        done({});
        return;
    }
    pushPages<Customer>(
        m_context.countLocal(QStringLiteral("customers")),
        [this](qint64 after, int limit) { return m_context.customers.page(after, limit); },
        [this](const QList<Customer> &page, Done pageDone) { pushPage(page, pageDone); }, done);
}

void CustomerSyncStep::pushPage(const QList<Customer> &page, Done done)
{
    const QString entity = SyncEntity::customer();
    QList<ContactWrite> writes;
    for (const Customer &c : page) {
        if (m_context.settings.customerMatching.skip.contains(c.id) || m_blocked.contains(c.id)) {
            continue; // kept out by the admin, or its matching answer failed (History says why)
        }
        auto link = m_context.links.findByLocal(m_context.integration.id, entity, c.id);
        if (!link) {
            done(link.error());
            return;
        }
        const QString version = RunContext::localVersion(c.updatedAt);
        if (link->has_value()) {
            const Link &l = link->value();
            if (l.state != LinkState::Pending && l.localVersion == version && !m_context.mustResend(entity, c.id)) {
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
    writeAll<ContactWrite>(
        entity, writes, [](const ContactWrite &w) { return RunContext::localVersion(w.customer.updatedAt); },
        [this](const QList<ContactWrite> &batch, ProviderClient::WriteCallback cb) {
            m_context.client.writeContacts(batch, cb);
        },
        done);
}

} // namespace Ledgerlink
