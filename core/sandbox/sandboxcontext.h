#pragma once

namespace Ledgerlink {

class SandboxApps;
class SandboxClock;
class SandboxData;
class SandboxStats;
class TokenIssuer;
class RateLimiter;
class FaultInjector;

/// The shared state every provider handler works on; owned by SandboxServer.
struct SandboxContext
{
    SandboxClock *clock = nullptr;
    SandboxApps *apps = nullptr;
    SandboxData *data = nullptr;
    TokenIssuer *tokens = nullptr;
    RateLimiter *limiter = nullptr;
    FaultInjector *faults = nullptr;
    SandboxStats *stats = nullptr;
};

} // namespace Ledgerlink
