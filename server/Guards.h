#pragma once

#include "domain/Domain.h"

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <optional>

namespace hotel {

// A token bucket per key (an account, an address, a guest) that locks the key once it is empty, for twice as
// long each time it empties again without a success in between, up to a ceiling. The lock lifts by itself.
// Shared by every worker thread of one server; bounded memory under key churn.
class Throttle final {
public:
    // `perWindow` events per `windowMs` (0: off), locks of at most `maxLockMs`.
    Throttle(int perWindow, qint64 windowMs, qint64 maxLockMs);
    bool enabled() const { return m_perWindow > 0; }
    // Milliseconds until `key` may go on; 0 when it may now.
    qint64 blockedFor(const QString &key, qint64 nowMs) const;
    // Counts one event of `key`; returns the lock it caused in milliseconds (0: none).
    qint64 charge(const QString &key, qint64 nowMs);
    void reset(const QString &key); // a success: a full bucket and no strikes

private:
    struct Entry {
        double tokens = 0;
        qint64 lastMs = 0;
        int strikes = 0;
        qint64 lockedUntilMs = 0;
    };
    void prune(qint64 nowMs);

    int m_perWindow;
    qint64 m_windowMs;
    qint64 m_maxLockMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

// The users' access as the database last said it, for reads (writes always ask the database).
class AccessCache final {
public:
    std::optional<User> fresh(UserId id, qint64 nowMs, qint64 maxAgeMs) const;
    void put(const User &user, qint64 nowMs);

private:
    struct Entry {
        User user;
        qint64 fetchedMs = 0;
    };
    mutable QMutex m_mutex;
    QHash<UserId, Entry> m_entries;
};

// Every abuse limit of one server (issue 14). 0 turns a limit off.
struct GuardLimits {
    int loginsPerAccountMinute = 5;  // failed sign-ins per e-mail address before it is locked
    int loginsPerAddressMinute = 30; // failed sign-ins per client address, whatever the accounts
    int registrationsPerAddressHour = 10;
    int bookingsPerGuestHour = 20; // the design document's abuse case: holding every room to cancel later
    int accessMaxAgeSeconds = 60;  // how long a read may trust what the database said of a user
    // Argon2 hashes running at once (sign-in, registration); the others are answered 503 at once, so password
    // guessing holds at most this many worker threads and never the whole API. 0: half the worker threads.
    int passwordHashesAtOnce = 0;
};

struct Guards {
    explicit Guards(const GuardLimits &limits);
    GuardLimits limits;
    Throttle loginsByAccount;
    Throttle loginsByAddress;
    Throttle registrationsByAddress;
    Throttle bookingsByGuest;
    AccessCache access;
    QSemaphore hashing; // passwordHashesAtOnce permits
};

} // namespace hotel
