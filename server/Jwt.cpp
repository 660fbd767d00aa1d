#include "server/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>
#include <jwt.h>
#include <memory>
#include <optional>

namespace hotel {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::TokenSigner", text);
}
struct JwtFree {
    void operator()(jwt_t *j) const { jwt_free(j); }
};
// RFC 8725: the server fixes the algorithm, and checks issuer, audience, explicit type and every time claim.
constexpr const char *issuer = "hotel-server";
constexpr const char *audience = "hotel-api";
// RFC 8725 3.11 would type access tokens "at+jwt", but Debian 12's libjwt 1.10 always writes "JWT": the
// audience and issuer tell our tokens apart instead, and the type is still checked.
constexpr const char *tokenType = "JWT";
constexpr qint64 leewaySeconds = 60; // clocks of two servers behind one load balancer may differ a little
BackendError invalidToken() {
    return BackendError::make(BackendError::Kind::Unauthenticated,
                              tr("The access token is invalid or has expired; sign in again."));
}
} // namespace

TokenSigner::TokenSigner(QByteArray secret, int lifetimeSeconds)
    : m_secret(std::move(secret))
    , m_lifetime(lifetimeSeconds) {}

Result<QString> TokenSigner::issue(const User &user, const QDateTime &now) const {
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return BackendError::make(BackendError::Kind::Internal, tr("Cannot create a token."));
    std::unique_ptr<jwt_t, JwtFree> token(raw);
    QJsonArray hotels;
    for (HotelId id : user.hotelIds)
        hotels.append(id);
    const QJsonObject claims{{QStringLiteral("sub"), QString::number(user.id)},
                             {QStringLiteral("role"), roleName(user.role)},
                             {QStringLiteral("hotels"), hotels},
                             {QStringLiteral("ver"), user.tokenVersion},
                             {QStringLiteral("iss"), QLatin1String(issuer)},
                             {QStringLiteral("aud"), QLatin1String(audience)},
                             {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                             {QStringLiteral("nbf"), now.toSecsSinceEpoch()},
                             {QStringLiteral("exp"), now.toSecsSinceEpoch() + m_lifetime}};
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    if (jwt_add_grants_json(token.get(), json.constData()) != 0 ||
        jwt_set_alg(token.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                    int(m_secret.size())) != 0)
        return BackendError::make(BackendError::Kind::Internal, tr("Cannot sign a token."));
    char *encoded = jwt_encode_str(token.get());
    if (!encoded)
        return BackendError::make(BackendError::Kind::Internal, tr("Cannot sign a token."));
    const QString out = QString::fromLatin1(encoded);
    ::free(encoded);
    return out;
}

Result<Actor> TokenSigner::verify(const QByteArray &text, const QDateTime &now) const {
    if (text.isEmpty() || text.size() > 4096)
        return invalidToken();
    jwt_t *raw = nullptr;
    const QByteArray terminated = text + '\0';
    if (jwt_decode(&raw, terminated.constData(), reinterpret_cast<const unsigned char *>(m_secret.constData()),
                   int(m_secret.size())) != 0 ||
        !raw)
        return invalidToken();
    std::unique_ptr<jwt_t, JwtFree> token(raw);
    if (jwt_get_alg(token.get()) != JWT_ALG_HS256) // never "none", never one the token chooses
        return invalidToken();
    const char *type = jwt_get_header(token.get(), "typ");
    if (!type || qstrcmp(type, tokenType) != 0)
        return invalidToken();
    char *grants = jwt_get_grants_json(token.get(), nullptr);
    if (!grants)
        return invalidToken();
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray(grants)).object();
    ::free(grants);
    const qint64 at = now.toSecsSinceEpoch();
    const auto seconds = [&](const char *name) -> std::optional<qint64> {
        const QJsonValue v = claims.value(QLatin1String(name));
        if (!v.isDouble())
            return std::nullopt;
        return v.toInteger();
    };
    const auto exp = seconds("exp"), iat = seconds("iat"), nbf = seconds("nbf");
    if (!exp || !iat || !nbf || *exp <= at || *nbf > at + leewaySeconds || *iat > at + leewaySeconds ||
        *exp - *iat > m_lifetime + leewaySeconds)
        return invalidToken();
    if (claims.value(QStringLiteral("iss")).toString() != QLatin1String(issuer) ||
        claims.value(QStringLiteral("aud")).toString() != QLatin1String(audience))
        return invalidToken();
    const int version = claims.value(QStringLiteral("ver")).toInt();
    if (version < 1)
        return invalidToken();
    const auto role = roleFromName(claims.value(QStringLiteral("role")).toString());
    bool ok = false;
    const qint64 id = claims.value(QStringLiteral("sub")).toString().toLongLong(&ok);
    if (!role || !ok || id <= 0)
        return invalidToken();
    Actor actor{id, *role, {}, version};
    for (const auto &h : claims.value(QStringLiteral("hotels")).toArray())
        actor.hotelIds << h.toInteger();
    // An admin token without hotels would mean "every hotel" to the store; only real admins get that.
    return actor;
}

} // namespace hotel
