#pragma once

// Test helper (header only): runs the real `ledgerlink` binary (LEDGERLINK_BIN_DIR) as a child
// process without blocking the test's event loop, so an in-process SandboxServer and the
// SandboxBrowser keep answering while the CLI waits for its loopback callback.

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <memory>

namespace Ledgerlink {

class CliRun
{
public:
    static QString binary() { return qEnvironmentVariable("LEDGERLINK_BIN_DIR") + QStringLiteral("/ledgerlink"); }

    /// Starts `ledgerlink arguments...`; `input` is written to its stdin, which is then closed.
    explicit CliRun(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
        : m_process(std::make_unique<QProcess>())
    {
        m_process->setProcessEnvironment(environment);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
            [this] { m_out += m_process->readAllStandardOutput(); });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
            [this] { m_err += m_process->readAllStandardError(); });
        m_process->start(binary(), arguments);
        if (m_process->waitForStarted(10000)) {
            if (!input.isEmpty()) {
                m_process->write(input);
            }
            m_process->closeWriteChannel();
        }
    }

    ~CliRun()
    {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    /// The sign-in address the CLI prints (the line that starts with http and asks for a code).
    QUrl waitForAuthorizeUrl(int timeoutMs = 15000)
    {
        static const QRegularExpression line(
            QStringLiteral("^(http\\S*response_type=code\\S*)$"), QRegularExpression::MultilineOption);
        QUrl url;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                const QRegularExpressionMatch m = line.match(QString::fromUtf8(m_out));
                if (m.hasMatch()) {
                    url = QUrl(m.captured(1), QUrl::StrictMode);
                }
                return url.isValid() || m_process->state() == QProcess::NotRunning;
            },
            timeoutMs);
        return url;
    }

    /// Waits for the process to end; returns its exit code, -1 on timeout or crash.
    int wait(int timeoutMs = 30000)
    {
        if (!QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning; }, timeoutMs)) {
            return -1;
        }
        m_out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }
    QByteArray rawOutput() const { return m_out + m_err; }
    /// For QVERIFY2 messages.
    const char *transcript()
    {
        // QTest cuts long messages: the end of stderr says what went wrong.
        m_transcript = "stdout:\n" + m_out.right(600) + "\nstderr:\n" + m_err.right(1200);
        return m_transcript.constData();
    }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    QByteArray m_transcript;
};

} // namespace Ledgerlink
