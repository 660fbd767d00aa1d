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
        return jsonReply(json::sessionJson(token.value(), call.signer.lifetimeSeconds(), u.value()));
    });
}

} // namespace hotel::handlers
