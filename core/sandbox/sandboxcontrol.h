#pragma once

#include "sandboxcontext.h"
#include "sandboxmessage.h"

namespace Ledgerlink {

class SandboxServer;

/// The /_sandbox control and observability API (documented in docs/sandbox.md):
/// health, apps, clock, faults, limits, stats, requests, tokens, data, tenants, reset, seed.
class SandboxControl
{
public:
    SandboxControl(const SandboxContext &context, SandboxServer *server);

    SandboxReply handle(const SandboxRequest &request);

private:
    SandboxReply apps(const SandboxRequest &request);
    SandboxReply clock(const SandboxRequest &request);
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply limits(const SandboxRequest &request);
    SandboxReply data(const SandboxRequest &request);
    SandboxReply seed(const SandboxRequest &request);
    static SandboxReply badRequest(const QString &message);
    static QJsonObject bodyObject(const SandboxRequest &request, bool *ok);

    SandboxContext m_context;
    SandboxServer *m_server;
};

} // namespace Ledgerlink
