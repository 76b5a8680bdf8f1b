#pragma once

#include "error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace Ledgerlink {

class SecretStore;

/// One SecretStore operation (write, read, remove, removeAll). It ends with exactly one
/// finished() on every path - success, keychain error, missing backend, timeout - and then
/// deletes itself. The signal is always emitted from the event loop, never from inside the call
/// that created the job, so connecting right after SecretStore::write() etc. is safe.
/// A successful write/remove carries an empty value; a read carries the joined secret.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Write, Read, Remove, RemoveAll };
    Q_ENUM(Operation)

    SecretJob(Operation operation, QString ownerId, QString name, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    const QString &ownerId() const { return m_ownerId; }
    const QString &name() const { return m_name; }
    bool isFinished() const { return m_result.has_value(); }
    /// Only meaningful after finished(): the read found no entry under this name.
    bool notFound() const { return m_notFound; }

Q_SIGNALS:
    void finished(const Ledgerlink::Result<QByteArray> &result);

private:
    friend class SecretStore;
    /// Emits finished() once (later calls are ignored) and schedules deletion.
    void finish(Result<QByteArray> result, bool notFound = false);

    Operation m_operation;
    QString m_ownerId;
    QString m_name;
    std::optional<Result<QByteArray>> m_result;
    bool m_notFound = false;
    bool m_retried = false;
};

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Result<QByteArray>)
