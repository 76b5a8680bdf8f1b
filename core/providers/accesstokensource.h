#pragma once

#include "error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Ledgerlink {

/// "Give me a valid access token for this grant, asynchronously." The provider clients need
/// nothing more from auth. The auth TokenManager (refresh, rotation, keychain) can implement this
/// later; until then ClientCredentialsTokenSource serves Xero custom connections.
/// Lives on the thread of the client that uses it.
class AccessTokenSource
{
public:
    using Callback = std::function<void(const Result<QString> &accessToken)>;

    virtual ~AccessTokenSource();

    /// Calls `callback` exactly once, from the event loop, unless `context` is destroyed first.
    virtual void accessToken(QObject *context, Callback callback) = 0;
    /// The provider answered 401 with `token`: the next accessToken() must fetch a new one.
    virtual void invalidate(const QString &token) = 0;
};

} // namespace Ledgerlink
