// Issue 14's attacks, replayed: password guessing, registration and booking floods, tokens that outlive their
// user's access, forged token claims, /metrics from strangers. Each test prints the figure it checks.
#include "ServedTest.h"
#include "server/Guards.h"
#include "server/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <jwt.h>

using namespace hotel;
using namespace hotel::test;

namespace {

// ---- the throttle alone, on a clock the test drives ----

TEST(Throttle, locksAfterTheAllowanceAndLiftsByItself) {
    Throttle t(5, 60000, 900000);
    qint64 now = 1000000;
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(t.blockedFor(QStringLiteral("a"), now), 0);
        EXPECT_EQ(t.charge(QStringLiteral("a"), now), 0) << "failure " << i + 1;
    }
    EXPECT_EQ(t.charge(QStringLiteral("a"), now), 12000); // the fifth empties the bucket: one allowance's time
    EXPECT_EQ(t.blockedFor(QStringLiteral("a"), now + 1), 11999);
    EXPECT_EQ(t.blockedFor(QStringLiteral("b"), now), 0) << "another key is not held";
    EXPECT_EQ(t.blockedFor(QStringLiteral("a"), now + 12000), 0) << "the lock lifts by itself";
}

TEST(Throttle, backsOffExponentiallyUpToTheCeiling) {
    Throttle t(5, 60000, 900000);
    qint64 now = 0;
    for (int i = 0; i < 5; ++i)
        t.charge(QStringLiteral("a"), now);
    QList<qint64> locks;
    for (int i = 0; i < 10; ++i) {
        now += t.blockedFor(QStringLiteral("a"), now);
        locks << t.charge(QStringLiteral("a"), now);
    }
    EXPECT_EQ(locks.mid(0, 4), (QList<qint64>{24000, 48000, 96000, 192000}));
    EXPECT_EQ(locks.last(), 900000) << "fifteen minutes at most";
}

TEST(Throttle, aSuccessForgivesAndZeroIsOff) {
    Throttle t(3, 60000, 900000);
    for (int i = 0; i < 3; ++i)
        t.charge(QStringLiteral("a"), 0);
    EXPECT_GT(t.blockedFor(QStringLiteral("a"), 0), 0);
    t.reset(QStringLiteral("a"));
    EXPECT_EQ(t.blockedFor(QStringLiteral("a"), 0), 0);
    Throttle off(0, 60000, 900000);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(off.charge(QStringLiteral("a"), 0), 0);
}

TEST(Throttle, memoryStaysBoundedUnderKeyChurn) {
    Throttle t(5, 60000, 900000);
    for (int i = 0; i < 250000; ++i)
        t.charge(QString::number(i), i); // an attacker with a quarter of a million addresses
    // Recent keys are still counted.
    for (int i = 0; i < 4; ++i)
        t.charge(QStringLiteral("249999"), 250000);
    EXPECT_GT(t.blockedFor(QStringLiteral("249999"), 250000), 0);
}

// ---- tokens (RFC 8725) ----

class Tokens : public ::testing::Test {
protected:
    const QByteArray secret = QByteArray(40, 's');
    TokenSigner signer{secret, 3600};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(2000000000, Qt::UTC);

    // A token as an attacker holding the secret's algorithm but not the server's rules might make it.
    QByteArray craft(QJsonObject claims, jwt_alg_t alg = JWT_ALG_HS256) {
        jwt_t *raw = nullptr;
        jwt_new(&raw);
        const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
        jwt_add_grants_json(raw, json.constData());
        jwt_set_alg(raw, alg, alg == JWT_ALG_NONE ? nullptr : reinterpret_cast<const unsigned char *>(secret.data()),
                    alg == JWT_ALG_NONE ? 0 : int(secret.size()));
        char *s = jwt_encode_str(raw);
        QByteArray out(s ? s : "");
        ::free(s);
        jwt_free(raw);
        return out;
    }
    QJsonObject good() const {
        const qint64 t = now.toSecsSinceEpoch();
        return {{"sub", "7"},    {"role", "revenue"},     {"hotels", QJsonArray{1}},
                {"ver", 3},      {"iss", "hotel-server"}, {"aud", "hotel-api"},
                {"iat", t - 10}, {"nbf", t - 10},         {"exp", t + 3000}};
    }
};

TEST_F(Tokens, theServersOwnTokenVerifiesWithItsVersion) {
    User u;
    u.id = 7;
    u.role = Role::Revenue;
    u.hotelIds = {1};
    u.tokenVersion = 3;
    auto issued = signer.issue(u, now);
    ASSERT_TRUE(issued);
    auto actor = signer.verify(issued->toUtf8(), now);
    ASSERT_TRUE(actor) << actor.error().userMessage.toStdString();
    EXPECT_EQ(actor->tokenVersion, 3);
    const QByteArray baseline = craft(good());
    EXPECT_TRUE(signer.verify(baseline, now)) << "the crafted baseline is a valid token: " << baseline.toStdString();
}

TEST_F(Tokens, everyClaimIsChecked) {
    const qint64 t = now.toSecsSinceEpoch();
    struct Case {
        const char *what;
        QJsonObject claims;
    };
    auto with = [&](const char *key, QJsonValue v) {
        QJsonObject c = good();
        if (v.isUndefined())
            c.remove(QLatin1String(key));
        else
            c.insert(QLatin1String(key), v);
        return c;
    };
    const QList<Case> cases{
        {"another issuer", with("iss", "evil")},
        {"no issuer", with("iss", QJsonValue::Undefined)},
        {"another audience", with("aud", "someone-else")},
        {"no audience", with("aud", QJsonValue::Undefined)},
        {"not yet valid", with("nbf", t + 3600)},
        {"no nbf", with("nbf", QJsonValue::Undefined)},
        {"issued in the future", with("iat", t + 3600)},
        {"no iat", with("iat", QJsonValue::Undefined)},
        {"expired", with("exp", t - 1)},
        {"a lifetime longer than the server gives", with("exp", t + 30 * 24 * 3600)},
        {"no version", with("ver", QJsonValue::Undefined)},
        {"version 0", with("ver", 0)},
        {"exp as text", with("exp", QString::number(t + 3000))},
    };
    int refused = 0;
    for (const Case &c : cases) {
        const bool ok = bool(signer.verify(craft(c.claims), now));
        EXPECT_FALSE(ok) << c.what;
        refused += !ok;
    }
    EXPECT_FALSE(signer.verify(craft(good(), JWT_ALG_HS512), now)) << "an algorithm the token chose";
    EXPECT_FALSE(signer.verify(craft(good(), JWT_ALG_NONE), now)) << "alg none";
    const QByteArray other =
        TokenSigner(QByteArray(40, 'x')).issue(User{7, {}, {}, Role::Admin, {}, {}, 1, false}, now).value().toUtf8();
    EXPECT_FALSE(signer.verify(other, now)) << "another secret";
    printf("[figure] %d of %d tokens with a bad claim refused, plus 3 of 3 bad signatures or algorithms\n", refused,
           int(cases.size()));
}

// ---- over HTTP, both databases ----

class AbuseTest : public ServedTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_store->setClock(nullptr); // the server runs on the real clock
        m_hotel = makeHotel(*m_store, QStringLiteral("Seoul"), {10});
        ASSERT_TRUE(m_store->extendInventory(QDate::currentDate().addDays(40)));
        makeUser(*m_store, QStringLiteral("alice@example.com"), Role::Guest);
        makeUser(*m_store, QStringLiteral("desk@example.com"), Role::FrontDesk, {m_hotel.hotel.id});
        makeUser(*m_store, QStringLiteral("rev@example.com"), Role::Revenue, {m_hotel.hotel.id});
        makeUser(*m_store, QStringLiteral("admin@example.com"), Role::Admin);
    }
    Response book(const QByteArray &token, int offset) {
        const QDate in = QDate::currentDate().addDays(10 + offset % 20);
        const QByteArray body =
            QStringLiteral(R"({"hotelId":%1,"roomTypeId":%2,"checkInDate":"%3","checkOutDate":"%4",)"
                           R"("guestInfo":{"name":"Kim Minji","email":"minji@example.com"},"numberOfGuests":1})")
                .arg(m_hotel.hotel.id)
                .arg(m_hotel.roomTypes[0].id)
                .arg(in.toString(Qt::ISODate), in.addDays(1).toString(Qt::ISODate))
                .toUtf8();
        return request(m_port, "POST", "/api/v1/bookings", body, token);
    }
    Response setPrice(const QByteArray &token) {
        const QByteArray path = "/api/v1/hotels/" + QByteArray::number(m_hotel.hotel.id) + "/room-types/" +
                                QByteArray::number(m_hotel.roomTypes[0].id) + "/prices";
        const QByteArray body = R"({"prices":[{"date":")" +
                                QDate::currentDate().addDays(20).toString(Qt::ISODate).toUtf8() +
                                R"(","price":"199.00"}]})";
        return request(m_port, "PUT", path, body, token);
    }

    HotelFixture m_hotel;
};

TEST_P(AbuseTest, passwordGuessingIsThrottledAliketForKnownAndUnknownAccounts) {
    start([](ServeOptions &o) { o.guards.loginsPerAccountMinute = 5; });
    for (const QString &email : {QStringLiteral("alice@example.com"), QStringLiteral("nobody@example.com")}) {
        QList<int> statuses;
        for (int i = 0; i < 8; ++i)
            statuses << signIn(email, "wrong password").status;
        EXPECT_EQ(statuses, (QList<int>{401, 401, 401, 401, 401, 429, 429, 429})) << email.toStdString();
        const Response locked = signIn(email); // even the right password waits for the lock
        EXPECT_EQ(locked.status, 429);
        EXPECT_GE(locked.header("Retry-After").toInt(), 1);
        EXPECT_TRUE(locked.json()[QStringLiteral("error")].toObject()[QStringLiteral("message")].toString().contains(
            QStringLiteral("try again")));
    }
    EXPECT_EQ(signIn(QStringLiteral("desk@example.com")).status, 200) << "another account is not held";
    const QByteArray metrics = request(m_port, "GET", "/metrics").body;
    EXPECT_TRUE(metrics.contains("hotel_login_attempts_total{outcome=\"throttled\"} 8")) << metrics.toStdString();
    EXPECT_TRUE(metrics.contains("hotel_login_attempts_total{outcome=\"failure\"} 10"));
    printf("[figure] 16 wrong passwords for 2 accounts (one unknown): 10 checked, 6 answered 429 with Retry-After\n");
}

TEST_P(AbuseTest, guessingManyAccountsFromOneAddressIsThrottled) {
    start([](ServeOptions &o) {
        o.guards.loginsPerAccountMinute = 100;
        o.guards.loginsPerAddressMinute = 10;
    });
    int throttled = 0;
    for (int i = 0; i < 20; ++i)
        throttled += signIn(QStringLiteral("user%1@example.com").arg(i), "guess").status == 429;
    EXPECT_EQ(throttled, 10);
    printf("[figure] 20 accounts guessed from one address: %d answered 429\n", throttled);
}

TEST_P(AbuseTest, registrationIsLimitedPerAddress) {
    start([](ServeOptions &o) { o.guards.registrationsPerAddressHour = 3; });
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses << request(m_port, "POST", "/api/v1/auth/register",
                            QStringLiteral(R"({"email":"new%1@example.com","password":"long enough","name":"N"})")
                                .arg(i)
                                .toUtf8())
                        .status;
    EXPECT_EQ(statuses, (QList<int>{201, 201, 201, 429, 429}));
}

TEST_P(AbuseTest, aGuestCannotHoldEveryRoomButTheDeskCan) {
    start([](ServeOptions &o) { o.guards.bookingsPerGuestHour = 3; });
    const QByteArray alice = token(QStringLiteral("alice@example.com"));
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses << book(alice, i).status;
    EXPECT_EQ(statuses, (QList<int>{201, 201, 201, 429, 429}));
    const Response refused = book(alice, 9);
    EXPECT_GE(refused.header("Retry-After").toInt(), 60);
    const QByteArray desk = token(QStringLiteral("desk@example.com"));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(book(desk, i).status, 201) << "staff are not held to the per-guest limit";
}

TEST_P(AbuseTest, aDemotedUsersTokenStopsWritingAtOnce) {
    start();
    const QByteArray rev = token(QStringLiteral("rev@example.com"));
    ASSERT_EQ(setPrice(rev).status, 200);
    UserAccessChange demote;
    demote.role = Role::Guest;
    demote.hotelIds = QList<HotelId>{};
    ASSERT_TRUE(m_store->changeUserAccess(QStringLiteral("rev@example.com"), demote));
    const Response stale = setPrice(rev);
    EXPECT_EQ(stale.status, 401) << stale.body.toStdString();
    // Signed in again, the user is a guest now, and guests set no prices.
    EXPECT_EQ(setPrice(token(QStringLiteral("rev@example.com"))).status, 403);
}

TEST_P(AbuseTest, aDisabledUserCannotSignInAndTheirTokenStops) {
    start([](ServeOptions &o) { o.guards.accessMaxAgeSeconds = 1; });
    const QByteArray alice = token(QStringLiteral("alice@example.com"));
    ASSERT_EQ(request(m_port, "GET", "/api/v1/users/me/bookings", {}, alice).status, 200);
    UserAccessChange off;
    off.disabled = true;
    ASSERT_TRUE(m_store->changeUserAccess(QStringLiteral("alice@example.com"), off));
    EXPECT_EQ(book(alice, 0).status, 401) << "writes ask the database every time";
    QThread::msleep(1100);
    EXPECT_EQ(request(m_port, "GET", "/api/v1/users/me/bookings", {}, alice).status, 401)
        << "reads trust what they were told for accessMaxAgeSeconds at most";
    const Response again = signIn(QStringLiteral("alice@example.com"));
    const Response wrong = signIn(QStringLiteral("alice@example.com"), "not her password");
    EXPECT_EQ(again.status, 401);
    EXPECT_EQ(again.body, wrong.body) << "a disabled account looks like a wrong password";
}

TEST_P(AbuseTest, aDeletedUsersTokenStops) {
    start();
    makeUser(*m_store, QStringLiteral("gone@example.com"), Role::Guest);
    const QByteArray gone = token(QStringLiteral("gone@example.com"));
    QSqlQuery q(m_store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM users WHERE email = 'gone@example.com'")));
    const Response r = book(gone, 0);
    EXPECT_EQ(r.status, 401) << r.body.toStdString();
}

TEST_P(AbuseTest, theLastAdministratorCannotBeDisabled) {
    UserAccessChange off;
    off.disabled = true;
    auto r = m_store->changeUserAccess(QStringLiteral("admin@example.com"), off);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, BackendError::Kind::Conflict);
    auto unknown = m_store->changeUserAccess(QStringLiteral("nobody@example.com"), off);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("email"));
}

TEST_P(AbuseTest, metricsAreServedOnlyToAllowedAddresses) {
    start([](ServeOptions &o) { o.limits.metricsAllow = {QStringLiteral("10.0.0.0/8")}; });
    EXPECT_EQ(request(m_port, "GET", "/metrics").status, 403);
    EXPECT_EQ(request(m_port, "GET", "/%6detrics").status, 403) << "an encoded path is the same path";
    m_service.reset();
    start(); // loopback by default
    const Response ok = request(m_port, "GET", "/metrics");
    EXPECT_EQ(ok.status, 200);
    EXPECT_TRUE(ok.body.contains("hotel_audit_runs_total")) << "the audit runs on its own schedule";
}

HOTEL_BOTH_DATABASES(AbuseTest);

} // namespace

HOTEL_QT_TEST_MAIN
