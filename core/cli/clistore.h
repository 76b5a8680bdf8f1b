#pragma once

#include "appcontext.h"
#include "error.h"

#include <memory>

namespace Ledgerlink {

/// For CLI commands: opens the store through StoreOpener (so a postgresql:// store gets its
/// password from the keychain) and returns when it is open. It runs the application's own event
/// loop (QCoreApplication::exec) until StoreOpener reports - the CLI has no other loop running,
/// so nothing is nested; a command may run exec() again afterwards for its own work.
/// Drop-in for `AppContext::create(options)` in a command's execute().
class CliStore
{
public:
    static Result<std::unique_ptr<AppContext>> open(const AppOptions &options);
};

} // namespace Ledgerlink
