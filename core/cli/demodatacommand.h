#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink demo-data --database PATH [--customers N] [--invoices N]`: writes a demo business
/// of any size (benchmarks use it with 100k invoices).
class DemoDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    QString name() const override;
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;
};

} // namespace Ledgerlink
