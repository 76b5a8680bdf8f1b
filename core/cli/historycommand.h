#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink history [INTEGRATION] [--failed] [--run ID] [--json | --csv]`: the runs, newest
/// first, or with --run the records of one run.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
