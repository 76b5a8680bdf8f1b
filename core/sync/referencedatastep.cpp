#include "referencedatastep.h"

#include "store/fixedpoint.h"

namespace Ledgerlink {

void ReferenceDataStep::run(Done done)
{
    if (!m_context.settings.accounts.enabled) {
        taxRates(done);
        return;
    }
    readAll<RemoteAccount>(
        SyncEntity::account(), true,
        [this](const ListQuery &q, ProviderClient::ListCallback<RemoteAccount> cb) {
            m_context.client.listAccounts(q, cb);
        },
        [this](const QList<RemoteAccount> &page) { return applyAccounts(page); },
        [this, done](const Status &status) {
            if (!status) {
                done(status);
                return;
            }
            taxRates(done);
        });
}

void ReferenceDataStep::taxRates(Done done)
{
    if (!m_context.settings.taxRates.enabled) {
        done({});
        return;
    }
    readAll<RemoteTaxRate>(
        SyncEntity::taxRate(), false,
        [this](
            const ListQuery &, ProviderClient::ListCallback<RemoteTaxRate> cb) { m_context.client.listTaxRates(cb); },
        [this](const QList<RemoteTaxRate> &page) { return applyTaxRates(page); }, done);
}

Status ReferenceDataStep::applyAccounts(const QList<RemoteAccount> &remoteAccounts)
{
    QHash<QString, Account> byCode;
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
            byCode.insert(a.code, a);
        }
    }
    const QString entity = SyncEntity::account();
    for (const RemoteAccount &remote : remoteAccounts) {
        if (remote.account.code.isEmpty()) {
            continue; // an account without a code cannot be used on documents
        }
        auto link = m_context.links.findByRemote(m_context.integration.id, entity, remote.remoteId);
        if (!link) {
            return link.error();
        }
        if (link->has_value() && link->value().remoteVersion == remote.version && !remote.version.isEmpty()) {
            continue;
        }
        Account local = byCode.value(remote.account.code);
        Result<Account> saved = local;
        QString action = QStringLiteral("pull");
        if (local.id == 0) {
            saved = m_context.accounts.insert(remote.account);
            action = QStringLiteral("import");
        } else if (local.name != remote.account.name || local.type != remote.account.type
            || local.archived != remote.account.archived) {
            local.name = remote.account.name;
            local.type = remote.account.type;
            local.archived = remote.account.archived;
            saved = m_context.accounts.update(local);
        } else {
            action.clear();
        }
        if (!saved) {
            m_context.record(entity, local.id, remote.remoteId, action, ItemOutcome::Failed, saved.error());
            continue;
        }
        auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved->id, remote.remoteId,
            remote.version, RunContext::localVersion(saved->updatedAt));
        if (!linked) {
            m_context.record(
                entity, saved->id, remote.remoteId, QStringLiteral("link"), ItemOutcome::Failed, linked.error());
        } else if (!action.isEmpty()) {
            m_context.record(entity, saved->id, remote.remoteId, action, ItemOutcome::Ok);
        }
    }
    return {};
}

Status ReferenceDataStep::applyTaxRates(const QList<RemoteTaxRate> &rates)
{
    QHash<QString, TaxType> byCode;
    QHash<QString, TaxType> byName;
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
            if (!t.code.isEmpty()) {
                byCode.insert(t.code, t);
            }
            byName.insert(t.name.toCaseFolded(), t);
        }
    }
    const QString entity = SyncEntity::taxRate();
    for (const RemoteTaxRate &remote : rates) {
        TaxType local = byCode.value(remote.taxType.code, byName.value(remote.taxType.name.toCaseFolded()));
        Result<TaxType> saved = local;
        QString action;
        if (local.id == 0) {
            if (!remote.active) {
                continue;
            }
            saved = m_context.taxTypes.insert(remote.taxType);
            action = QStringLiteral("import");
        } else if (local.name != remote.taxType.name || local.code != remote.taxType.code
            || local.rateE4 != remote.taxType.rateE4 || local.archived != remote.taxType.archived) {
            // The provider's values override ours; the change log keeps what we had.
            ChangeLogEntry e;
            e.integrationId = m_context.integration.id;
            e.runId = m_context.runId;
            e.entity = entity;
            e.localId = local.id;
            e.field = QStringLiteral("rate");
            e.oldValue = FixedPoint::format(local.rateE4, 4, 1);
            e.newValue = FixedPoint::format(remote.taxType.rateE4, 4, 1);
            e.source = ChangeSource::Remote;
            local.name = remote.taxType.name;
            local.code = remote.taxType.code;
            local.rateE4 = remote.taxType.rateE4;
            local.archived = remote.taxType.archived;
            saved = m_context.taxTypes.update(local);
            if (saved && e.oldValue != e.newValue) {
                m_context.changes.record(e);
            }
            action = QStringLiteral("pull");
        }
        if (!saved) {
            m_context.record(entity, local.id, remote.remoteId, action, ItemOutcome::Failed, saved.error());
            continue;
        }
        auto existing = m_context.links.findByLocal(m_context.integration.id, entity, saved->id);
        if (!existing) {
            return existing.error();
        }
        if (!existing->has_value() || existing->value().remoteId != remote.remoteId) {
            auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved->id, remote.remoteId,
                QString(), RunContext::localVersion(saved->updatedAt));
            if (!linked) {
                m_context.record(
                    entity, saved->id, remote.remoteId, QStringLiteral("link"), ItemOutcome::Failed, linked.error());
                continue;
            }
        }
        if (!action.isEmpty()) {
            m_context.record(entity, saved->id, remote.remoteId, action, ItemOutcome::Ok);
        }
    }
    return {};
}

} // namespace Ledgerlink
