#pragma once

#include "clock.h"
#include "error.h"
#include "providers/requestpacer.h"
#include "store/integration.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Ledgerlink {

class AccessTokenSource;
class ProviderClient;

/// Builds the ProviderClient of an integration's provider: the one place that knows which class
/// talks to which provider, and where each one's API lives (the real one or the local sandbox).
class ProviderClientFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProviderClientFactory)

public:
    struct Options
    {
        QUrl sandboxBase; ///< empty: the real providers
        RequestPacer::Options pacing;
    };

    static Result<std::unique_ptr<ProviderClient>> create(const Integration &integration,
        QNetworkAccessManager *network, AccessTokenSource *tokens, const Clock &clock, const Options &options);
};

} // namespace Ledgerlink
