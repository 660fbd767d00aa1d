#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>
#include <variant>

namespace hotel {

// A failure as it travels between layers and threads: never thrown, always returned.
// userMessage is translated and shown to staff as is; detail is for the log only (SQL error text, HTTP body...).
struct BackendError {
    enum class Kind {
        InvalidInput,    // a field is wrong: `field` names it
        NotFound,        // the id names nothing (or nothing the caller may see)
        Unauthenticated, // no or bad credentials / token
        Forbidden,       // known caller, not allowed
        NoAvailability,  // a night is full
        TooLateToCancel, // past the free-cancellation deadline
        Conflict,        // state changed underneath, idempotency clash, not in a state that allows it
        Unavailable,     // database or server unreachable
        Timeout,         // no answer in time
        Internal,        // a bug or an unexpected store failure
        Restricted,      // the stay breaks a restriction (minimum stay, closed to arrival...): the message names it
    };

    Kind kind = Kind::Internal;
    QString userMessage;
    QString detail;
    QString field; // for InvalidInput: the name of the offending field (API spelling, camelCase)
    // A retry of the whole transaction can cure it (deadlock, serialization failure, a busy SQLite file): the
    // store's withRetry keys on this, never on the text (the habit of Akonadi's DbDeadlockCatcher).
    bool retryable = false;
    // For InvalidInput: why the field was refused, as a stable word a client turns into its own sentence with
    // the field's label ("required", "too_long", "control_characters", "invalid_email", "invalid_phone",
    // "out_of_range", "negative", "too_high", "not_a_date", "not_after", "too_long_stay", "in_past",
    // "too_far_ahead", "range_too_long"); empty when none was given. On the wire as error.reason.
    QString reason;

    static BackendError invalid(const QString &field, const QString &message) {
        return {Kind::InvalidInput, message, {}, field};
    }
    static BackendError invalid(const QString &field, const QString &message, const QString &reason) {
        return {Kind::InvalidInput, message, {}, field, false, reason};
    }
    static BackendError make(Kind kind, const QString &message, const QString &detail = {}) {
        return {kind, message, detail, {}};
    }
    static BackendError transient(Kind kind, const QString &message, const QString &detail = {}) {
        return {kind, message, detail, {}, true};
    }
};

const char *errorKindName(BackendError::Kind kind); // "invalid_input", "not_found", ... (stable, used in JSON)
std::optional<BackendError::Kind> errorKindFromName(QStringView name);

struct Unit {
    friend bool operator==(Unit, Unit) { return true; }
};

// Either a value or a BackendError.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(BackendError error)
        : m_data(std::in_place_index<1>, std::move(error)) {}
    Result()
        : m_data(std::in_place_index<1>, BackendError{}) {} // QFuture needs default-constructible

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (auto &x : call().value())` must not bind to a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const BackendError &error() const { return std::get<1>(m_data); }

    // Map a success to another type, pass a failure through.
    template <typename F> auto map(F &&f) const -> Result<decltype(f(std::declval<const T &>()))> {
        if (ok())
            return f(value());
        return error();
    }

private:
    std::variant<T, BackendError> m_data;
};

using VoidResult = Result<Unit>;

} // namespace hotel
