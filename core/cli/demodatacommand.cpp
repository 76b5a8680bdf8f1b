#include "demodatacommand.h"

#include "appcontext.h"
#include "store/demodatagenerator.h"

#include <QElapsedTimer>

namespace Ledgerlink {

QString DemoDataCommand::name() const
{
    return QStringLiteral("demo-data");
}

QString DemoDataCommand::description() const
{
    return tr("Write a demo business (customers, items, tax types, invoices, payments) into an empty database.");
}

void DemoDataCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("customers"), tr("Number of customers (default 60)."), tr("N") });
    parser.addOption({ QStringLiteral("items"), tr("Number of items (default 40)."), tr("N") });
    parser.addOption({ QStringLiteral("invoices"), tr("Number of invoices (default 150)."), tr("N") });
    parser.addOption({ QStringLiteral("history"),
        tr("Number of sync history rows of a switched-off demo integration (default 0)."), tr("N") });
}

int DemoDataCommand::execute(
    const QCommandLineParser &parser, const AppOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.database.isEmpty()) {
        err << tr("Say where to write the demo business with --database PATH.") << Qt::endl;
        return 2;
    }
    DemoDataSize size;
    const auto readCount = [&](const QString &option, int &target) {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0 || value > 10000000) {
            err << tr("--%1 needs a whole number between 0 and 10000000.").arg(option) << Qt::endl;
            return false;
        }
        target = value;
        return true;
    };
    if (!readCount(QStringLiteral("customers"), size.customers) || !readCount(QStringLiteral("items"), size.items)
        || !readCount(QStringLiteral("invoices"), size.invoices)
        || !readCount(QStringLiteral("history"), size.historyRows)) {
        return 2;
    }
    const std::unique_ptr<AppContext> context = openStore(options, err);
    if (!context) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(context->database());
    if (Status status = generator.generate(size); !status) {
        err << status.error().toString() << Qt::endl;
        return 1;
    }
    out << tr("Wrote %1 customers, %2 items, %3 invoices and %4 history rows to %5 in %6 s.")
               .arg(size.customers)
               .arg(size.items)
               .arg(size.invoices)
               .arg(size.historyRows)
               .arg(context->databaseLocation().toDisplayString())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace Ledgerlink
