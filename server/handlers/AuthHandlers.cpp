// POST /auth/register and /auth/token, behind the sign-in and registration limits (server/Guards.h).
#include "server/Guards.h"
#include "server/Jwt.h"
#include "server/Metrics.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QDateTime>

namespace hotel::handlers {

namespace {

HttpReply tooMany(const QString &message, qint64 waitMs) {
    HttpReply out = error(429, "rate_limited", message);
    out.retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
    return out;
}

// A permit to run one Argon2 hash (Guards::hashing), or the 503 that says to come back in a second.
class HashPermit final {
public:
    explicit HashPermit(QSemaphore &s)
        : m_s(s)
        , m_held(s.tryAcquire(1, 100)) {}
    ~HashPermit() {
        if (m_held)
            m_s.release();
    }
    HashPermit(const HashPermit &) = delete;
    HashPermit &operator=(const HashPermit &) = delete;
    bool held() const { return m_held; }

private:
    QSemaphore &m_s;
    bool m_held;
};

HttpReply hashingBusy(const Call &call) {
    ++call.metrics.passwordHashesBusy;
    HttpReply out = error(503, "busy", apiTr("Signing in is busy right now; try again in a second."));
    out.retryAfterSeconds = 1;
    return out;
}

QString waitText(qint64 waitMs) {
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    if (seconds < 120)
        return apiTr("Too many attempts; try again in %n second(s).", nullptr, int(seconds));
    return apiTr("Too many attempts; try again in %n minute(s).", nullptr, int((seconds + 59) / 60));
}

} // namespace

HttpReply registerUser(const Call &call) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 wait = call.guards.registrationsByAddress.blockedFor(call.client, now)) {
        ++call.metrics.registrationsThrottled;
        return tooMany(waitText(wait), wait);
    }
    // Every attempt counts, whatever its outcome: registering is also how one asks which addresses exist.
    call.guards.registrationsByAddress.charge(call.client, now);
    return ifRead(readBody(call, json::registrationFrom), [&](const NewUser &user) {
        HashPermit permit(call.guards.hashing);
        if (!permit.held())
            return hashingBusy(call);
        return reply(call.store.createUser(user), 201);
    });
}

HttpReply issueToken(const Call &call) {
    return ifRead(readBody(call, json::credentialsFrom), [&](const json::Credentials &credentials) {
        // Keyed by what was typed, known or not: a lock says nothing about whether the account exists.
        const QString account = credentials.email.trimmed().toLower().left(254);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 wait = std::max(call.guards.loginsByAccount.blockedFor(account, now),
                                     call.guards.loginsByAddress.blockedFor(call.client, now));
        if (wait > 0) {
            ++call.metrics.loginThrottled;
            return tooMany(waitText(wait), wait); // before the password hash: guessing costs the server nothing
        }
        HashPermit permit(call.guards.hashing);
        if (!permit.held())
            return hashingBusy(call);
        auto u = call.store.authenticate(credentials.email, credentials.password);
        if (!u) {
            if (u.error().kind == BackendError::Kind::Unauthenticated) {
                ++call.metrics.loginFailed;
                call.guards.loginsByAccount.charge(account, now);
                call.guards.loginsByAddress.charge(call.client, now);
            }
            return error(u.error());
        }
        ++call.metrics.loginSucceeded;
        call.guards.loginsByAccount.reset(account);
        auto token = call.signer.issue(u.value(), QDateTime::currentDateTimeUtc());
        if (!token)
            return error(token.error());
        return jsonReply(json::sessionJson(token.value(), call.signer.lifetimeSeconds(), u.value()));
    });
}

} // namespace hotel::handlers
