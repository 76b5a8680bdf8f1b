#include "secretinput.h"

#include <QFile>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace Ledgerlink {

Result<QString> SecretInput::read(const QString &prompt, QTextStream &err)
{
#if defined(Q_OS_UNIX)
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        err << prompt << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
#else
    Q_UNUSED(prompt)
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        line = in.readLine();
    }
#if defined(Q_OS_UNIX)
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return Error(Error::Kind::Config, tr("Nothing was read from standard input. Type or pipe the secret."),
            QStringLiteral("empty stdin"));
    }
    return QString::fromUtf8(line);
}

} // namespace Ledgerlink
