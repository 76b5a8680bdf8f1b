#include "autostartentry.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ledgerlink {

namespace {

const QString kMinimisedArgument = QStringLiteral("--minimised");

// The program as the autostart entry should name it: the bare name when PATH finds this very
// copy (an installed package), so the entry survives upgrades and moves; otherwise the full path.
QString currentProgram()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString name = QFileInfo(self).fileName();
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath()) {
        return name;
    }
    return self;
}

QString quoteArgument(const QString &argument)
{
    // Desktop Entry spec, "The Exec key": reserved characters force double quotes, inside which
    // `"`, `` ` ``, `$` and `\` are escaped with a backslash.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        if (reserved.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        return argument;
    }
    QString quoted = QStringLiteral("\"");
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\') {
            quoted += u'\\';
        }
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

} // namespace

AutostartEntry::AutostartEntry()
    : AutostartEntry(defaultAutostartDir(), currentProgram(), { kMinimisedArgument })
{ }

AutostartEntry::AutostartEntry(const QString &autostartDir, const QString &program, const QStringList &arguments)
    : m_dir(autostartDir)
    , m_program(program)
    , m_arguments(arguments)
{ }

QString AutostartEntry::defaultAutostartDir()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME (default ~/.config), as the autostart spec wants.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart");
}

QString AutostartEntry::fileName()
{
    return QStringLiteral(LEDGERLINK_APP_ID ".desktop");
}

QString AutostartEntry::filePath() const
{
    return QDir(m_dir).filePath(fileName());
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    // A desktop's own "don't start this" switch is Hidden=true in the same file.
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false") {
            return false;
        }
    }
    return true;
}

QString AutostartEntry::execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts { quoteArgument(program) };
    for (const QString &argument : arguments) {
        parts << quoteArgument(argument);
    }
    QString line = parts.join(u' ');
    // Field codes start with %; a literal one is %%. Then the string-value escape for backslashes.
    line.replace(u'%', QStringLiteral("%%"));
    line.replace(u'\\', QStringLiteral("\\\\"));
    return line;
}

QString AutostartEntry::contents() const
{
    // Written in English on purpose: autostart managers show Name, and the file outlives a
    // change of the app's language.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Ledgerlink\n"
                          "Comment=Keeps your business records in step in the background\n"
                          "Exec=%1\n"
                          "Icon=" LEDGERLINK_APP_ID "\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execLine(m_program, m_arguments));
}

Status AutostartEntry::setEnabled(bool enabled) const
{
    const QString path = filePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return Error(Error::Kind::Config,
                tr("Ledgerlink could not stop itself starting at login: the file %1 could not be removed. "
                   "Delete it by hand, or check the permissions of that folder.")
                    .arg(QDir::toNativeSeparators(path)),
                QStringLiteral("remove %1 failed").arg(path));
        }
        qCInfo(lcUi) << "autostart entry removed";
        return {};
    }
    if (!QDir().mkpath(m_dir)) {
        return Error(Error::Kind::Config,
            tr("Ledgerlink could not set itself to start at login: the folder %1 could not be created. "
               "Check that your home folder is writable.")
                .arg(QDir::toNativeSeparators(m_dir)),
            QStringLiteral("mkpath %1 failed").arg(m_dir));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error(Error::Kind::Config,
            tr("Ledgerlink could not set itself to start at login: the file %1 could not be written. "
               "Check that your home folder is writable.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("open %1: %2").arg(path, file.errorString()));
    }
    file.write(contents().toUtf8());
    if (!file.commit()) {
        return Error(Error::Kind::Config,
            tr("Ledgerlink could not set itself to start at login: the file %1 could not be written. "
               "Check that your home folder is writable and not full.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("commit %1: %2").arg(path, file.errorString()));
    }
    qCInfo(lcUi) << "autostart entry written";
    return {};
}

} // namespace Ledgerlink
