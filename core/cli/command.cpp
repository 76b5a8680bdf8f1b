#include "command.h"

#include "appcontext.h"
#include "clistore.h"

namespace Ledgerlink {

Command::~Command() = default;

void Command::addOptions(QCommandLineParser &) { }

std::unique_ptr<AppContext> Command::openStore(const AppOptions &options, QTextStream &err)
{
    Result<std::unique_ptr<AppContext>> context = CliStore::open(options);
    if (!context) {
        err << context.error().toString() << Qt::endl;
        return nullptr;
    }
    return std::move(context).value();
}

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption profile(
        QStringLiteral("profile"), tr("Keep settings and data under <dir> instead of the usual places."), tr("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
        tr("Use the SQLite file <location> or postgresql://user@host:port/name."), tr("location"));
    parser.addOption(help);
    parser.addOption(profile);
    parser.addOption(database);
    addOptions(parser);
    // arguments[0] is the program, [1] the command name.
    QStringList forParser = arguments;
    if (forParser.size() > 1) {
        forParser.removeAt(1);
    }
    if (!parser.parse(forParser)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QLatin1String("[options]"), name() + QLatin1String(" [options]"));
        return 0;
    }
    AppOptions options;
    options.profileDir = parser.value(profile);
    options.database = parser.value(database);
    return execute(parser, options, out, err);
}

} // namespace Ledgerlink
