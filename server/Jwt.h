#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QByteArray>

namespace hotel {

// HS256 bearer tokens through libjwt, typed "JWT". Claims: sub (user id), role, hotels, ver (the user's
// token version), iss, aud, iat, nbf, exp (RFC 8725 checks all of them). Any instance with the same secret
// accepts the token (DESIGN.md 8); whether its user may still act is the database's to say (server/Api.cpp).
class TokenSigner final {
public:
    explicit TokenSigner(QByteArray secret, int lifetimeSeconds = 3600);
    Result<QString> issue(const User &user, const QDateTime &now) const;
    Result<Actor> verify(const QByteArray &token, const QDateTime &now) const;
    int lifetimeSeconds() const { return m_lifetime; }

private:
    QByteArray m_secret;
    int m_lifetime;
};

} // namespace hotel
