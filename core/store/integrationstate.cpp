#include "integrationstate.h"

namespace Ledgerlink {

namespace {

constexpr IntegrationState kAll[] = { IntegrationState::Active, IntegrationState::NotEnabled,
    IntegrationState::NeedsReauthorisation, IntegrationState::Error, IntegrationState::RateLimited,
    IntegrationState::Offline };

} // namespace

QString IntegrationStates::toText(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("ACTIVE");
    case State::NotEnabled:
        return QStringLiteral("NOT_ENABLED");
    case State::NeedsReauthorisation:
        return QStringLiteral("NEEDS_REAUTHORISATION");
    case State::Error:
        return QStringLiteral("ERROR");
    case State::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case State::Offline:
        return QStringLiteral("OFFLINE");
    }
    return {};
}

std::optional<IntegrationStates::State> IntegrationStates::fromText(const QString &text)
{
    for (State state : kAll) {
        if (toText(state) == text) {
            return state;
        }
    }
    return std::nullopt;
}

QString IntegrationStates::displayName(State state)
{
    switch (state) {
    case State::Active:
        return tr("Active");
    case State::NotEnabled:
        return tr("Not enabled");
    case State::NeedsReauthorisation:
        return tr("Needs sign-in");
    case State::Error:
        return tr("Error");
    case State::RateLimited:
        return tr("Slowed down by provider");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

} // namespace Ledgerlink
