#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink retry INTEGRATION RUN_ID [--json] [--sandbox URL]`: a new run (trigger "retry") that
/// re-attempts only the records that failed in run RUN_ID, as History's Retry does. Exit code 0
/// when the retry run succeeded, 1 when it failed or was refused, 2 for wrong arguments, 3 when
/// records failed again.
class RetryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RetryCommand)

public:
    QString name() const override { return QStringLiteral("retry"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
