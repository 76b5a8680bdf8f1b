#include "logging.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace Ledgerlink {

Q_LOGGING_CATEGORY(lcApp, "ledgerlink.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ledgerlink.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ledgerlink.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ledgerlink.auth.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProviders, "ledgerlink.providers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvidersXero, "ledgerlink.providers.xero", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvidersQbo, "ledgerlink.providers.qbo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvidersSage, "ledgerlink.providers.sage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvidersMyob, "ledgerlink.providers.myob", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "ledgerlink.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ledgerlink.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "ledgerlink.sandbox", QtInfoMsg)

namespace {

QtMessageHandler s_previousHandler = nullptr;
QFile *s_logFile = nullptr;
QMutex s_logFileMutex;

const QList<QRegularExpression> &secretPatterns()
{
    // Each pattern keeps the name (group 1) and replaces the value.
    static const QList<QRegularExpression> patterns {
        QRegularExpression(
            QStringLiteral(R"(((?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral(
                R"((["']?(?:access_token|refresh_token|id_token|client_secret|code_verifier|password)["']?\s*[=:]\s*["']?)[^"'&\s,}]+)"),
            QRegularExpression::CaseInsensitiveOption),
        // Query/form style only: "code=" and "token=" (authorisation code, revocation body).
        QRegularExpression(QStringLiteral(R"(((?:^|[?&\s])(?:code|token)=)[^&\s]+)")),
        QRegularExpression(
            QStringLiteral(R"((postgres(?:ql)?://[^:/@\s]+:)[^@\s]+)"), QRegularExpression::CaseInsensitiveOption),
    };
    return patterns;
}

void maskingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString masked = maskSecrets(message);
    if (s_logFile) {
        QMutexLocker locker(&s_logFileMutex);
        const QString line = qFormatLogMessage(type, context, masked) + QLatin1Char('\n');
        s_logFile->write(line.toUtf8());
        s_logFile->flush();
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, masked);
    }
}

} // namespace

QString maskSecrets(const QString &text)
{
    QString result = text;
    for (const QRegularExpression &pattern : secretPatterns()) {
        result.replace(pattern, QStringLiteral("\\1***"));
    }
    return result;
}

void installLogHandler(const QString &logFilePath)
{
    if (!logFilePath.isEmpty() && !s_logFile) {
        auto *file = new QFile(logFilePath);
        if (file->open(QIODevice::Append | QIODevice::Text)) {
            s_logFile = file;
        } else {
            delete file;
        }
    }
    QtMessageHandler previous = qInstallMessageHandler(maskingHandler);
    if (previous != maskingHandler) {
        s_previousHandler = previous;
    }
}

} // namespace Ledgerlink
