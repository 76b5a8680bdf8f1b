#include "secretjob.h"

namespace Ledgerlink {

SecretJob::SecretJob(Operation operation, QString ownerId, QString name, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_ownerId(std::move(ownerId))
    , m_name(std::move(name))
{ }

void SecretJob::finish(Result<QByteArray> result, bool notFound)
{
    if (m_result) {
        return;
    }
    m_result = std::move(result);
    m_notFound = notFound;
    emit finished(*m_result);
    deleteLater();
}

} // namespace Ledgerlink
