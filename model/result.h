#pragma once

#include <QString>

#include <optional>
#include <utility>

/// Why a model operation failed. The code lets callers react (e.g. the CLI's
/// exit status); the message is translated and ready for the user.
enum class ErrorCode {
    NotFound,
    NotAFile,
    Unreadable,
    Empty,
    TooLarge,
    Binary,
    UnknownEncoding,
    DecodeFailed,
    Cancelled,
    // The project store (model/store/).
    StoreCorrupt,        ///< not a yuegao project, or damaged: opened not at all
    StoreLocked,         ///< another process holds the project beyond the timeout
    StoreReadOnly,       ///< the project is read-only (file, disk, or opened so)
    StoreTooNew,         ///< written by a newer yuegao: its schema is unknown here
    StoreFailed,         ///< a statement failed (disk full, I/O error, …)
    InvalidArgument,     ///< the caller asked for something the data does not allow
    Other,
};

struct Error
{
    ErrorCode code = ErrorCode::Other;
    QString message;
};

/// Either a value or an Error: how the model layer reports failure across
/// its boundary (no exceptions cross a slot or the event loop).
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};
