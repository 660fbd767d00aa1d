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
    auto r = d->exec(QStringLiteral("SELECT id, password_hash, disabled FROM users WHERE lower(email) = lower(?)"),
                     {email.trimmed()});
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
    const bool disabled = r.value()->value(2).toBool();
    r.value()->finish();
    // A disabled account is told nothing more than a wrong password is, after the same work.
    if (!passwords::verify(hash, password) || disabled)
        return denied;
    return user(id);
}

Result<User> Store::user(UserId id) {
    auto r = d->exec(
        QStringLiteral("SELECT id, email, name, role, created_at, token_version, disabled FROM users WHERE id = ?"),
        {id});
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
    u.tokenVersion = r.value()->value(5).toInt();
    u.disabled = r.value()->value(6).toBool();
    r.value()->finish();
    auto hs = d->exec(QStringLiteral("SELECT hotel_id FROM user_hotels WHERE user_id = ? ORDER BY hotel_id"), {id});
    if (!hs)
        return hs.error();
    while (hs.value()->next())
        u.hotelIds << hs.value()->value(0).toLongLong();
    return u;
}

Result<User> Store::changeUserAccess(const QString &email, const UserAccessChange &change) {
    if (auto e = validation::email(QStringLiteral("email"), email))
        return *e;
    if (change.hotelIds)
        for (HotelId id : *change.hotelIds)
            if (auto h = hotel(id); !h)
                return BackendError{K::NotFound, h.error().userMessage, h.error().detail, QStringLiteral("hotelIds")};
    UserId id = 0;
    auto outcome = withRetry([&]() -> Result<bool> {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        // The row lock orders this against a concurrent change of the same user (and a sign-in reading it).
        auto found = d->exec(d->pg() ? QStringLiteral("SELECT id FROM users WHERE lower(email) = lower(?) FOR UPDATE")
                                     : QStringLiteral("SELECT id FROM users WHERE lower(email) = lower(?)"),
                             {email.trimmed()});
        if (!found)
            return found.error();
        if (!found.value()->next())
            return BackendError{K::NotFound, storeTr("No user has the e-mail address %1.").arg(email.trimmed()),
                                QString(), QStringLiteral("email")};
        id = found.value()->value(0).toLongLong();
        found.value()->finish();
        if (change.role)
            if (auto r =
                    d->exec(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleName(*change.role), id});
                !r)
                return r.error();
        if (change.disabled)
            if (auto r = d->exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {*change.disabled, id});
                !r)
                return r.error();
        if (change.hotelIds) {
            if (auto r = d->exec(QStringLiteral("DELETE FROM user_hotels WHERE user_id = ?"), {id}); !r)
                return r.error();
            for (HotelId hotelId : *change.hotelIds)
                if (auto r = d->exec(QStringLiteral("INSERT INTO user_hotels (user_id, hotel_id) VALUES (?, ?)"),
                                     {id, hotelId});
                    !r)
                    return r.error();
        }
        if (auto r = d->exec(QStringLiteral("UPDATE users SET token_version = token_version + 1 WHERE id = ?"), {id});
            !r)
            return r.error();
        // Somebody must still be able to run the hotel chain.
        auto admins = d->exec(QStringLiteral("SELECT count(*) FROM users u WHERE u.role = 'admin' AND u.disabled = ? "
                                             "AND NOT EXISTS (SELECT 1 FROM user_hotels h WHERE h.user_id = u.id)"),
                              {false});
        if (!admins)
            return admins.error();
        admins.value()->next();
        const qint64 left = admins.value()->value(0).toLongLong();
        admins.value()->finish();
        auto hadAdmins = d->exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'"));
        if (!hadAdmins)
            return hadAdmins.error();
        hadAdmins.value()->next();
        const bool anyAdmin = hadAdmins.value()->value(0).toLongLong() > 0;
        hadAdmins.value()->finish();
        if (left == 0 && anyAdmin && (change.role || change.disabled || change.hotelIds))
            return BackendError{K::Conflict,
                                storeTr("This change would leave no enabled administrator of every hotel."), QString(),
                                QStringLiteral("role")};
        if (auto c = tx.commit(); !c)
            return c.error();
        return true;
    });
    if (!outcome)
        return outcome.error();
    return user(id);
}

} // namespace hotel
