#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <optional>

namespace Ledgerlink {

/// The one documented set of integration states (STYLE.md §4 "Errors"), each with a fix-it
/// action in the UI. RateLimited and Offline are transient: they clear on the next good poll.
/// Q_ENUM needs a gadget, so the enum lives in IntegrationStates and is used as IntegrationState.
class IntegrationStates
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(IntegrationStates)

public:
    enum class State {
        Active, ///< polling and syncing normally
        NotEnabled, ///< set up but switched off by the admin (or not finished)
        NeedsReauthorisation, ///< the grant was revoked or expired: sign in again
        Error, ///< a fatal problem the admin must fix (settings, tenant gone, …)
        RateLimited, ///< transient: the provider asked us to slow down
        Offline, ///< transient: the provider could not be reached
    };
    Q_ENUM(State)

    /// The stored form ("ACTIVE", "NEEDS_REAUTHORISATION", …).
    static QString toText(State state);
    static std::optional<State> fromText(const QString &text);
    /// Short text for the integrations page.
    static QString displayName(State state);
    static bool isTransient(State state) { return state == State::RateLimited || state == State::Offline; }
};

using IntegrationState = IntegrationStates::State;

} // namespace Ledgerlink
