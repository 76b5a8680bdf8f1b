#include "integrationlistmodel.h"

#include "logging.h"
#include "providercatalog.h"

#include <QIcon>
#include <QLocale>

namespace Ledgerlink {

namespace {

bool sameRow(const Integration &a, const Integration &b)
{
    return a.id == b.id && a.state == b.state && a.enabled == b.enabled && a.tenantName == b.tenantName
        && a.lastSuccessfulPollAt == b.lastSuccessfulPollAt && a.nextPollAt == b.nextPollAt
        && a.updatedAt == b.updatedAt;
}

} // namespace

IntegrationListModel::IntegrationListModel(Database &database, Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(database, clock)
{ }

void IntegrationListModel::refresh()
{
    auto all = m_repository.all();
    if (!all) {
        qCWarning(lcUi) << "integrations could not be read:" << all.error().detail();
        Q_EMIT errorOccurred(all.error().userMessage());
        return;
    }
    const QList<Integration> &fresh = all.value();
    bool sameIds = fresh.size() == m_items.size();
    for (int i = 0; sameIds && i < fresh.size(); ++i) {
        sameIds = fresh.at(i).id == m_items.at(i).id;
    }
    if (!sameIds) {
        const int before = int(m_items.size());
        beginResetModel();
        m_items = fresh;
        endResetModel();
        if (before != m_items.size()) {
            Q_EMIT countChanged(int(m_items.size()));
        }
        return;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        if (!sameRow(fresh.at(i), m_items.at(i))) {
            m_items[i] = fresh.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

void IntegrationListModel::setSyncing(const QString &integrationId, bool syncing)
{
    const bool changed = syncing ? !m_syncing.contains(integrationId) : m_syncing.contains(integrationId);
    if (!changed) {
        return;
    }
    if (syncing) {
        m_syncing.insert(integrationId);
    } else {
        m_syncing.remove(integrationId);
    }
    if (const int row = rowOfIntegration(integrationId); row >= 0) {
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int IntegrationListModel::rowOfIntegration(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

IntegrationListModel::Badge IntegrationListModel::badge(int row) const
{
    const Integration &integration = m_items.at(row);
    if (m_syncing.contains(integration.id)) {
        return Badge::Syncing;
    }
    switch (integration.state) {
    case IntegrationState::NeedsReauthorisation:
        return Badge::NeedsReauthorisation;
    case IntegrationState::Error:
        return Badge::Error;
    case IntegrationState::NotEnabled:
        return Badge::NotEnabled;
    case IntegrationState::Active:
    case IntegrationState::RateLimited:
    case IntegrationState::Offline:
        return integration.enabled ? Badge::Active : Badge::NotEnabled;
    }
    return Badge::Error;
}

QString IntegrationListModel::badgeText(Badge badge)
{
    switch (badge) {
    case Badge::Active:
        return tr("Active");
    case Badge::NotEnabled:
        return tr("Not enabled");
    case Badge::NeedsReauthorisation:
        return tr("Needs re-authorisation");
    case Badge::Error:
        return tr("Error");
    case Badge::Syncing:
        return tr("Syncing");
    }
    return {};
}

QString IntegrationListModel::badgeIconPath(Badge badge)
{
    switch (badge) {
    case Badge::Active:
        return QStringLiteral(":/icons/state-active.svg");
    case Badge::NotEnabled:
        return QStringLiteral(":/icons/state-notenabled.svg");
    case Badge::NeedsReauthorisation:
        return QStringLiteral(":/icons/state-reauthorise.svg");
    case Badge::Error:
        return QStringLiteral(":/icons/state-error.svg");
    case Badge::Syncing:
        return QStringLiteral(":/icons/state-syncing.svg");
    }
    return {};
}

QString IntegrationListModel::displayName(const Integration &integration)
{
    const QString organisation = integration.tenantName.isEmpty() ? integration.tenantId : integration.tenantName;
    return tr("%1 · %2").arg(ProviderCatalog::displayName(integration.provider), organisation);
}

QList<QPair<QString, QString>> IntegrationListModel::displayNames() const
{
    QList<QPair<QString, QString>> names;
    for (const Integration &integration : m_items) {
        names.append({ integration.id, displayName(integration) });
    }
    return names;
}

int IntegrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Integration &integration = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayName(integration);
    case Qt::DecorationRole:
        return ProviderCatalog::icon(integration.provider);
    case Qt::ToolTipRole:
        return badgeText(badge(index.row()));
    case IdRole:
        return integration.id;
    case ProviderRole:
        return integration.provider;
    case ProviderNameRole:
        return ProviderCatalog::displayName(integration.provider);
    case OrganisationRole:
        return integration.tenantName.isEmpty() ? integration.tenantId : integration.tenantName;
    case BadgeRole:
        return int(badge(index.row()));
    case BadgeTextRole:
        return badgeText(badge(index.row()));
    case StateRole:
        return int(integration.state);
    case LastPollRole:
        return integration.lastSuccessfulPollAt;
    case NextPollRole:
        return integration.nextPollAt;
    case EnabledRole:
        return integration.enabled;
    default:
        return {};
    }
}

} // namespace Ledgerlink
