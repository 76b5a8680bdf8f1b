#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink database-password --database postgresql://user@host:port/db`: reads the PostgreSQL
/// password from standard input and keeps it in the system keychain, where StoreOpener finds it.
class DatabasePasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePasswordCommand)

public:
    QString name() const override { return QStringLiteral("database-password"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
