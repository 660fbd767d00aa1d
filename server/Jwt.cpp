#include "server/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>
#include <jwt.h>
#include <memory>

namespace hotel {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::TokenSigner", text);
}
struct JwtFree {
    void operator()(jwt_t *j) const { jwt_free(j); }
};
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
                             {QStringLiteral("iat"), now.toSecsSinceEpoch()},
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
    if (jwt_get_alg(token.get()) != JWT_ALG_HS256) // never "none"
        return invalidToken();
    char *grants = jwt_get_grants_json(token.get(), nullptr);
    if (!grants)
        return invalidToken();
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray(grants)).object();
    ::free(grants);
    if (claims.value(QStringLiteral("exp")).toInteger() <= now.toSecsSinceEpoch())
        return invalidToken();
    const auto role = roleFromName(claims.value(QStringLiteral("role")).toString());
    bool ok = false;
    const qint64 id = claims.value(QStringLiteral("sub")).toString().toLongLong(&ok);
    if (!role || !ok || id <= 0)
        return invalidToken();
    Actor actor{id, *role, {}};
    for (const auto &h : claims.value(QStringLiteral("hotels")).toArray())
        actor.hotelIds << h.toInteger();
    // An admin token without hotels would mean "every hotel" to the store; only real admins get that.
    return actor;
}

} // namespace hotel
