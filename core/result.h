#pragma once

// Errors a user can cause come back as values: a code and a translated message.

#include <QString>

#include <optional>
#include <utility>

enum class ErrorCode {
    None,
    InvalidInput, // a field failed validation
    NotFound, // no such host
    DatabaseOpen, // cannot open or create the file
    DatabaseReadOnly,
    DatabaseLocked, // another process holds the SQLite lock past the busy timeout
    DatabaseInUse, // another Pingtool monitor holds the lock file
    DatabaseNewerSchema,
    DatabaseNotSqlite, // not an SQLite file, or not Pingtool's
    DatabaseCorrupt,
    DatabaseFull, // disk full
    DatabaseQuery, // any other SQL failure
    FileRead,
    FileFormat,
    Cancelled, // the user cancelled; nothing was changed
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // translated, names the file or field and what is wrong

    bool isDatabaseError() const
    {
        return code >= ErrorCode::DatabaseOpen && code <= ErrorCode::DatabaseQuery;
    }
};

// A value or an Error. Small on purpose: Qt 6.4 builds with C++17, without std::expected.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so `for (x : f().value())` does not dangle when f() returns a temporary.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};
