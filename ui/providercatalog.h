#pragma once

#include "integrationdraft.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ledgerlink {

/// What the UI shows about one accounting package: name, one-line description, our own logo and
/// where the admin registers their app. Provider ids are the plan's ids (Settings::AllowedProviders).
struct ProviderInfo
{
    QString id;
    QString name;
    QString description;
    QString iconPath;
    QUrl helpUrl; ///< our step-by-step page for registering the app
    QUrl developerUrl; ///< the provider's developer portal
    QList<AppType> appTypes; ///< the first one is the default
    QStringList customConnectionScopes; ///< empty unless the provider has custom connections
};

/// The four providers Ledgerlink knows, in catalogue order.
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)

public:
    static QList<ProviderInfo> all();
    /// Only the providers in `allowedIds`, in catalogue order; unknown ids are ignored.
    static QList<ProviderInfo> allowed(const QStringList &allowedIds);
    static std::optional<ProviderInfo> find(const QString &id);
    static QIcon icon(const QString &id);
    static QString displayName(const QString &id);
};

} // namespace Ledgerlink
