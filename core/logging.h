#pragma once

#include <QLoggingCategory>
#include <QString>

namespace Ledgerlink {

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
Q_DECLARE_LOGGING_CATEGORY(lcProvidersXero)
Q_DECLARE_LOGGING_CATEGORY(lcProvidersQbo)
Q_DECLARE_LOGGING_CATEGORY(lcProvidersSage)
Q_DECLARE_LOGGING_CATEGORY(lcProvidersMyob)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

/// Masks anything that looks like a credential: Bearer/Basic values, access_token, refresh_token,
/// id_token, code=, client_secret, code_verifier, password. No opt-out: logs serve developers,
/// and a developer never needs a token.
QString maskSecrets(const QString &text);

/// Installs the process-wide message handler that masks secrets before Qt's default output.
/// Optionally mirrors every (masked) line into `logFilePath`.
void installLogHandler(const QString &logFilePath = {});

} // namespace Ledgerlink
