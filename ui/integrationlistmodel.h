#pragma once

#include "store/integrationrepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Ledgerlink {

/// The Integrations area's rows: one per integration, oldest first, with what the card shows.
/// refresh() re-reads the store (the sync engine updates states and poll times on its own
/// connection); setSyncing() marks the ones whose run is under way.
class IntegrationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// What the state badge says (STYLE.md's states folded into what the admin needs to know).
    enum class Badge {
        Active,
        NotEnabled,
        NeedsReauthorisation,
        Error,
        Syncing,
    };
    Q_ENUM(Badge)

    enum Role {
        IdRole = Qt::UserRole + 1,
        ProviderRole,
        ProviderNameRole,
        OrganisationRole,
        BadgeRole, ///< int(Badge)
        BadgeTextRole,
        StateRole, ///< int(IntegrationState)
        LastPollRole, ///< QDateTime UTC
        NextPollRole, ///< QDateTime UTC
        EnabledRole,
    };

    IntegrationListModel(Database &database, Clock &clock, QObject *parent = nullptr);

    const Integration &integration(int row) const { return m_items.at(row); }
    int rowOfIntegration(const QString &id) const;
    Badge badge(int row) const;
    /// (id, "Xero · Demo Company") of every row, for History's filter.
    QList<QPair<QString, QString>> displayNames() const;

    static QString badgeText(Badge badge);
    static QString badgeIconPath(Badge badge);
    static QString displayName(const Integration &integration);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();
    void setSyncing(const QString &integrationId, bool syncing);

Q_SIGNALS:
    void countChanged(int count);
    void errorOccurred(const QString &message);

private:
    IntegrationRepository m_repository;
    QList<Integration> m_items;
    QSet<QString> m_syncing;
};

} // namespace Ledgerlink
