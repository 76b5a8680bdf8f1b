#include "error.h"

namespace Ledgerlink {

Error::Error(Kind kind, QString userMessage, QString detail, bool retryable)
    : m_kind(kind)
    , m_userMessage(std::move(userMessage))
    , m_detail(std::move(detail))
    , m_retryable(retryable || kind == Kind::Retryable)
{ }

QString Error::toString() const
{
    if (m_detail.isEmpty()) {
        return m_userMessage;
    }
    return m_userMessage + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

} // namespace Ledgerlink
