// POST /auth/register and /auth/token.
#include "server/Jwt.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QDateTime>

namespace hotel::handlers {

HttpReply registerUser(const Call &call) {
    return ifRead(readBody(call, json::registrationFrom),
                  [&](const NewUser &user) { return reply(call.store.createUser(user), 201); });
}

HttpReply issueToken(const Call &call) {
    return ifRead(readBody(call, json::credentialsFrom), [&](const json::Credentials &credentials) {
        auto u = call.store.authenticate(credentials.email, credentials.password);
        if (!u)
            return error(u.error());
        auto token = call.signer.issue(u.value(), QDateTime::currentDateTimeUtc());
        if (!token)
            return error(token.error());
        return jsonReply({{QStringLiteral("accessToken"), token.value()},
                          {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                          {QStringLiteral("expiresIn"), call.signer.lifetimeSeconds()},
                          {QStringLiteral("user"), json::toJson(u.value())}});
    });
}

} // namespace hotel::handlers
