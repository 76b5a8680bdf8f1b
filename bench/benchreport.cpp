#include "benchreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>

namespace Ledgerlink {

namespace {
qint64 statusField(const QByteArray &name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(name + ':'))) {
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
} // namespace

QJsonObject BenchReport::machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = info.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return { { QStringLiteral("os"), QSysInfo::prettyProductName() },
        { QStringLiteral("kernel"), QSysInfo::kernelVersion() }, { QStringLiteral("cpu"), cpu },
        { QStringLiteral("cores"), QThread::idealThreadCount() },
        { QStringLiteral("host"), QSysInfo::machineHostName() },
        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("note"), QStringLiteral("shared machine: other builds and tests may run at the same time") } };
}

QString BenchReport::commit()
{
    QProcess git;
    git.start(QStringLiteral("git"),
        { QStringLiteral("-C"), QStringLiteral(LEDGERLINK_SOURCE_DIR), QStringLiteral("rev-parse"),
            QStringLiteral("HEAD") });
    if (!git.waitForFinished(10000) || git.exitCode() != 0) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(git.readAllStandardOutput().trimmed());
}

QString BenchReport::write(
    const QString &dir, const QString &fileName, const QString &benchmark, const QJsonObject &figures, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    const QJsonObject root { { QStringLiteral("benchmark"), benchmark },
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("machine"), machine() }, { QStringLiteral("commit"), commit() },
        { QStringLiteral("figures"), figures } };
    const QString path = QDir(dir).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

qint64 BenchReport::currentRssKb()
{
    return statusField("VmRSS");
}

qint64 BenchReport::peakRssKb()
{
    const qint64 hwm = statusField("VmHWM");
    if (hwm >= 0) {
        return hwm;
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void BenchReport::resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly)) {
        file.write("5");
    }
}

} // namespace Ledgerlink
