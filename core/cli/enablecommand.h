#pragma once

#include "command.h"

namespace Ledgerlink {

/// `ledgerlink enable INTEGRATION` / `ledgerlink disable INTEGRATION`. While disabled nothing
/// moves; enabling again forgets the read watermarks so the next run is a full pass.
class EnableCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnableCommand)

public:
    explicit EnableCommand(bool enable);

    QString name() const override;
    QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(
        const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err) override;

private:
    bool m_enable;
};

} // namespace Ledgerlink
