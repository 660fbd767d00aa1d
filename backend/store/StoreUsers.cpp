// Staff and guest accounts: creation (argon2id), sign-in, look-up with the hotels a user may act on.
#include "domain/Validation.h"
#include "store/Passwords.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

namespace hotel {

using K = BackendError::Kind;

Result<User> Store::createUser(const NewUser &u) {
    if (auto e = validation::email(QStringLiteral("email"), u.email))
        return *e;
    if (auto e = validation::text(QStringLiteral("name"), u.name, false))
        return *e;
    if (u.password.size() < 8 || u.password.size() > 200)
        return BackendError::invalid(QStringLiteral("password"), storeTr("password must have 8 to 200 characters."));
    for (HotelId id : u.hotelIds)
        if (auto h = hotel(id); !h)
            return BackendError{K::NotFound, h.error().userMessage, h.error().detail, QStringLiteral("hotelIds")};
    const QByteArray hash = passwords::hash(u.password);
    if (hash.isEmpty())
        return BackendError::make(K::Internal, storeTr("The password could not be hashed."));
    Transaction tx(*d);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto r =
        d->exec(QStringLiteral("INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?,?,?,?,?) "
                               "RETURNING id"),
                {u.email.trimmed(), u.name, QString::fromLatin1(hash), roleName(u.role), d->timestamp(d->now())});
    if (!r) {
        if (r.error().kind == K::Conflict)
            return BackendError{K::Conflict, storeTr("This e-mail address is already registered."), r.error().detail,
                                QStringLiteral("email")};
        return r.error();
    }
    r.value()->next();
    const UserId id = r.value()->value(0).toLongLong();
    r.value()->finish();
    for (HotelId hotelId : u.hotelIds)
        if (auto c =
                d->exec(QStringLiteral("INSERT INTO user_hotels (user_id, hotel_id) VALUES (?, ?)"), {id, hotelId});
            !c)
            return c.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return user(id);
}

Result<User> Store::authenticate(const QString &email, const QString &password) {
    const auto denied = BackendError::make(K::Unauthenticated, storeTr("The e-mail address or the password is wrong."));
    // A NUL would cut the statement's text in the driver: refused like any wrong password, before SQL.
    if (email.size() > 254 || password.size() > 200 || email.contains(QChar(0)) || password.contains(QChar(0)))
        return denied;
    auto r =
        d->exec(QStringLiteral("SELECT id, password_hash FROM users WHERE lower(email) = lower(?)"), {email.trimmed()});
    if (!r)
        return r.error();
    if (!r.value()->next()) {
        // As slow as a known address with a wrong password, so the answer's time does not tell which e-mail
        // addresses have accounts.
        static const QByteArray decoy = passwords::hash(QStringLiteral("decoy password, never anyone's"));
        passwords::verify(decoy, password);
        return denied;
    }
    const UserId id = r.value()->value(0).toLongLong();
    const QByteArray hash = r.value()->value(1).toString().toLatin1();
    r.value()->finish();
    if (!passwords::verify(hash, password))
        return denied;
    return user(id);
}

Result<User> Store::user(UserId id) {
    auto r = d->exec(QStringLiteral("SELECT id, email, name, role, created_at FROM users WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("User %1 does not exist.").arg(id));
    User u;
    u.id = r.value()->value(0).toLongLong();
    u.email = r.value()->value(1).toString();
    u.name = r.value()->value(2).toString();
    u.role = roleFromName(r.value()->value(3).toString()).value_or(Role::Guest);
    u.createdAt = Store::Private::timestampOf(r.value()->value(4));
    r.value()->finish();
    auto hs = d->exec(QStringLiteral("SELECT hotel_id FROM user_hotels WHERE user_id = ? ORDER BY hotel_id"), {id});
    if (!hs)
        return hs.error();
    while (hs.value()->next())
        u.hotelIds << hs.value()->value(0).toLongLong();
    return u;
}

} // namespace hotel
