#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Ledgerlink {

/// Reads one secret line from standard input: a client secret or a database password never
/// travels on the command line, where `ps` and the shell history would show it. On a terminal the
/// prompt goes to stderr and echo is switched off while typing.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static Result<QString> read(const QString &prompt, QTextStream &err);
};

} // namespace Ledgerlink
