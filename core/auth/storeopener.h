#pragma once

#include "appcontext.h"
#include "error.h"

#include <QObject>

#include <memory>

namespace Ledgerlink {

class DatabasePasswords;

/// Opens the store the way AppContext::create() does, but first - for a postgresql:// location -
/// reads its password from the keychain, without blocking (the keychain answers over D-Bus).
///
///   open(options) -> AppContext::location()
///     SQLite                 -> AppContext::create()                         -> finished(ok)
///     PostgreSQL -> DatabasePasswords::read(location)
///                    found     -> AppContext::create(options, password)     -> finished(...)
///                    not found -> AppContext::create(options) (trust/peer auth servers need none;
///                                 a server that wants one fails with a message naming the command)
///                    keychain error -> finished(error)
///
/// Ends in exactly one finished(), always from the event loop; then takeContext() hands over the
/// context. The password only passes through memory on its way to QSqlDatabase.
class StoreOpener : public QObject
{
    Q_OBJECT

public:
    explicit StoreOpener(QObject *parent = nullptr);
    ~StoreOpener() override;

    void open(const AppOptions &options);
    std::unique_ptr<AppContext> takeContext() { return std::move(m_context); }

Q_SIGNALS:
    void finished(const Ledgerlink::Status &status);

private:
    void create(const AppOptions &options, const QString &password, bool passwordMissing);
    void finish(const Status &status);

    std::unique_ptr<AppContext> m_context;
    DatabasePasswords *m_passwords = nullptr;
    bool m_started = false;
};

} // namespace Ledgerlink
