// A lost connection (a database restart, an administrator's kill, an outage) costs the operation that meets it,
// never the store: the next operation reconnects by itself.
#include "StoreTestFixture.h"

#include <QSqlQuery>
#include <QThread>

using namespace hotel;
using namespace hotel::test;
using K = BackendError::Kind;

namespace {

class ConnectionTest : public StoreTest {};

qint64 backendPid(Store &store) {
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

TEST_P(ConnectionTest, theNextOperationReconnectsAfterTheConnectionIsKilled) {
    auto f = makeHotel(*m_store, QStringLiteral("Seoul"), {3});
    auto guest = makeUser(*m_store, QStringLiteral("reconnect@example.com"), Role::Guest);
    ASSERT_TRUE(m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(20), day(21))));
    const qint64 pid = backendPid(*m_store);
    ASSERT_GT(pid, 0);

    auto admin = m_db->open();
    ASSERT_TRUE(admin);
    QSqlQuery kill(admin->database());
    ASSERT_TRUE(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    kill.addBindValue(pid);
    ASSERT_TRUE(kill.exec());
    QThread::msleep(100);

    // The operation that meets the dead connection says the database is unavailable (never Internal) ...
    auto first = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(21), day(22)));
    if (!first) {
        EXPECT_EQ(first.error().kind, K::Unavailable) << first.error().detail.toStdString();
    }
    // ... and the ones after it work again on a new connection, with nothing lost or doubled.
    Result<Booking> again = BackendError{};
    for (int attempt = 0; attempt < 40 && !again; ++attempt) {
        again = m_store->createBooking(guest.actor(), bookingRequest(f, 0, day(22), day(23)));
        if (!again) {
            EXPECT_EQ(again.error().kind, K::Unavailable) << again.error().detail.toStdString();
            QThread::msleep(100);
        }
    }
    ASSERT_TRUE(again) << again.error().detail.toStdString();
    EXPECT_NE(backendPid(*m_store), pid);
    auto report = m_store->audit(f.hotel.id);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->clean());
    BookingFilter mine;
    EXPECT_EQ(m_store->bookings(guest.actor(), mine)->size(), first ? 3 : 2);
}

TEST_P(ConnectionTest, sessionsHaveTimeoutsSoNothingHoldsRowsForLong) {
    QSqlQuery q(m_store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT current_setting('statement_timeout'), "
                                      "current_setting('idle_in_transaction_session_timeout'), "
                                      "current_setting('lock_timeout')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("30s"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("1min"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("10s"));
}

} // namespace

// PostgreSQL only: SQLite has no server connection to lose.
INSTANTIATE_TEST_SUITE_P(Databases, ConnectionTest, ::testing::Values(TestDatabase::Kind::Postgres), paramName);
