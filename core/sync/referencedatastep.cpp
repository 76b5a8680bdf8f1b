#include "referencedatastep.h"

#include "logging.h"
#include "store/fixedpoint.h"
#include "store/providertaxraterepository.h"

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
        [this](const QList<RemoteTaxRate> &page) { return applyTaxRates(page); },
        [this, done](const Status &status) {
            // A retry run reads only its failed records: too few codes to judge the mapping by.
            if (status && !m_context.retry && m_context.reads(SyncEntity::taxRate())) {
                m_context.providerTaxCodes = m_providerCodes;
                checkMapping();
                storeProviderRates();
            }
            done(status);
        });
}

void ReferenceDataStep::storeProviderRates()
{
    // Only the tax mapping editor reads this list: failing to keep it must not fail the records.
    Status stored = ProviderTaxRateRepository(m_context.database, m_context.clock)
                        .replaceAll(m_context.integration.id, m_providerRates);
    if (!stored) {
        qCWarning(lcSync) << "provider tax rates not stored for the mapping editor:" << stored.error().detail();
    }
}

void ReferenceDataStep::checkMapping()
{
    const QHash<QString, QString> &mapping = m_context.settings.taxMapping;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (m_providerCodes.contains(it.value())) {
            continue;
        }
        m_context.record(SyncEntity::taxRate(), m_localIdByCode.value(it.key()), it.value(), QStringLiteral("map"),
            ItemOutcome::Failed,
            Error(Error::Kind::Item,
                tr("The tax mapping sends tax type %1 as \"%2\", but the accounting package has no tax code \"%2\". "
                   "Choose one of its tax codes in the integration's tax mapping.")
                    .arg(it.key(), it.value()),
                QStringLiteral("tax_mapping %1 -> %2: unknown provider code").arg(it.key(), it.value())));
    }
}

void ReferenceDataStep::applyMapped(const RemoteTaxRate &remote, QList<TaxType> locals)
{
    const QString entity = SyncEntity::taxRate();
    auto holder = m_context.links.findByRemote(m_context.integration.id, entity, remote.remoteId);
    bool free = holder && !holder->has_value();
    for (TaxType &local : locals) {
        Result<TaxType> saved = local;
        QString action;
        if (local.rateE4 != remote.taxType.rateE4) {
            ChangeLogEntry e;
            e.integrationId = m_context.integration.id;
            e.runId = m_context.runId;
            e.entity = entity;
            e.localId = local.id;
            e.field = QStringLiteral("rate");
            e.oldValue = FixedPoint::format(local.rateE4, 4, 1);
            e.newValue = FixedPoint::format(remote.taxType.rateE4, 4, 1);
            e.source = ChangeSource::Remote;
            local.rateE4 = remote.taxType.rateE4;
            saved = m_context.taxTypes.update(local);
            if (saved) {
                m_context.changes.record(e);
            }
            action = QStringLiteral("pull");
        }
        if (!saved) {
            m_context.record(entity, local.id, remote.remoteId, action, ItemOutcome::Failed, saved.error());
            continue;
        }
        // The provider code belongs to one local tax type at most (links_remote); the first mapped
        // one holds it. The others still go out with the mapped code.
        if (free) {
            auto linked = m_context.links.linkExisting(m_context.integration.id, entity, saved->id, remote.remoteId,
                QString(), RunContext::localVersion(saved->updatedAt));
            free = false;
            if (!linked) {
                m_context.record(
                    entity, saved->id, remote.remoteId, QStringLiteral("link"), ItemOutcome::Failed, linked.error());
                continue;
            }
            action = QStringLiteral("map");
        }
        if (!action.isEmpty()) {
            m_context.record(entity, saved->id, remote.remoteId, action, ItemOutcome::Ok);
        }
    }
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
    const QHash<QString, QString> &mapping = m_context.settings.taxMapping;
    QHash<QString, TaxType> byCode;
    QHash<QString, TaxType> byName;
    QHash<QString, QList<TaxType>> mapped; ///< provider code -> the local tax types mapped to it
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
                m_localIdByCode.insert(t.code, t.id);
            }
            if (mapping.contains(t.code)) {
                mapped[mapping.value(t.code)].append(t); // decided by the mapping alone
                continue;
            }
            if (!t.code.isEmpty()) {
                byCode.insert(t.code, t);
            }
            byName.insert(t.name.toCaseFolded(), t);
        }
    }
    const QString entity = SyncEntity::taxRate();
    for (const RemoteTaxRate &remote : rates) {
        m_providerCodes.insert(remote.taxType.code);
        TaxType offered = remote.taxType;
        offered.id = 0;
        offered.archived = offered.archived || !remote.active;
        m_providerRates.append(offered);
        const bool claimed = mapped.contains(remote.taxType.code);
        TaxType local = byCode.value(remote.taxType.code, byName.value(remote.taxType.name.toCaseFolded()));
        Result<TaxType> saved = local;
        QString action;
        if (local.id == 0) {
            if (!remote.active || claimed) {
                continue; // a mapped code needs no local copy of its own
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
    // After the automatic matches, so a local tax type matched by code keeps its link.
    for (const RemoteTaxRate &remote : rates) {
        if (mapped.contains(remote.taxType.code)) {
            applyMapped(remote, mapped.value(remote.taxType.code));
        }
    }
    return {};
}

} // namespace Ledgerlink
