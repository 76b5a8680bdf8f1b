#pragma once

#include "integrationstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Ledgerlink {

/// One connection between this business and one provider organisation. Never holds a secret:
/// tokens live in the keychain under "<id>/<name>", and only those key names are in the database.
struct Integration
{
    QString id; ///< UUID text without braces; empty = not yet stored
    QString provider; ///< "xero", "qbo", "sage", "myob"
    QString appType; ///< how the provider app was registered ("web", "desktop", …)
    QString clientId;
    QString grantId;
    QString tenantId;
    QString tenantName;
    IntegrationState state = IntegrationState::NotEnabled;
    bool enabled = false;
    QJsonObject settings;
    int redirectPort = 0; ///< 0 = none chosen yet
    QDateTime createdAt; ///< UTC
    QDateTime activatedAt; ///< UTC, invalid until first activated
    QDateTime lastSuccessfulPollAt; ///< UTC
    QDateTime nextPollAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Ledgerlink
