#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace Ledgerlink {

/// What went wrong, graded the way the sync engine and the UI react to it.
/// `userMessage` is translated text an office administrator can act on; `detail` is the
/// technical reason for History's "Details" and the log. Neither ever holds a secret.
class Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Kind {
        Fatal, ///< the run (or the operation) stops
        Item, ///< one record failed, the rest go on
        Retryable, ///< 429, 5xx, timeout: back off and try again
        Parked, ///< skipped until the record changes or the user retries it
        Auth, ///< the grant is gone: needs re-authorisation
        Config, ///< bad input from the admin or the environment (file, URL, keychain)
    };
    Q_ENUM(Kind)

    Error() = default;
    Error(Kind kind, QString userMessage, QString detail = {}, bool retryable = false);

    Kind kind() const { return m_kind; }
    const QString &userMessage() const { return m_userMessage; }
    const QString &detail() const { return m_detail; }
    bool isRetryable() const { return m_retryable; }

    /// "userMessage (detail)" for logs and the CLI.
    QString toString() const;

private:
    Kind m_kind = Kind::Fatal;
    QString m_userMessage;
    QString m_detail;
    bool m_retryable = false;
};

/// A value or an Error. C++17 has no std::expected; this is the small subset we use.
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result<void>: success or an Error.
template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace Ledgerlink

Q_DECLARE_METATYPE(Ledgerlink::Error)
