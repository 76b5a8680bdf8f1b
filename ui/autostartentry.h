#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ledgerlink {

/// The XDG autostart entry that starts Ledgerlink minimised at login, so scheduled syncs run on the
/// office PC without anyone opening the window. The Settings option "Start minimised" writes it and
/// removes it (https://specifications.freedesktop.org/autostart-spec/): a .desktop file named after
/// the app id in $XDG_CONFIG_HOME/autostart. Only Linux desktops read it; the file is plain text
/// and holds no secret.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    /// The user's autostart folder, starting the program found on PATH (`ledgerlink --minimised`)
    /// or, when this copy is not the one on PATH (a build tree), this copy by its full path.
    AutostartEntry();
    /// Tests: any folder and command.
    AutostartEntry(const QString &autostartDir, const QString &program, const QStringList &arguments);

    /// $XDG_CONFIG_HOME/autostart (~/.config/autostart).
    static QString defaultAutostartDir();
    /// org.ledgerlink.Ledgerlink.desktop: the app id, so desktops match it to the installed app.
    static QString fileName();

    QString filePath() const;
    /// True when our entry exists and is not switched off (Hidden=true) by the desktop.
    bool isEnabled() const;
    /// Writes or removes the entry; removing one that is not there succeeds.
    Status setEnabled(bool enabled) const;

    /// The file's text (Exec quoted per the Desktop Entry spec).
    QString contents() const;
    /// Exec= value: each argument quoted when it needs it, `%` doubled.
    static QString execLine(const QString &program, const QStringList &arguments);

private:
    QString m_dir;
    QString m_program;
    QStringList m_arguments;
};

} // namespace Ledgerlink
