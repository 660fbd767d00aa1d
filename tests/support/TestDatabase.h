#pragma once

#include "domain/DbConfig.h"
#include "domain/Domain.h"
#include "store/Store.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace hotel::test {

// A fresh, empty, migrated database for one test: a SQLite file in a temporary folder, or a new PostgreSQL
// database created on the server named by HOTEL_TEST_PG_URL and dropped afterwards.
class TestDatabase final {
public:
    enum class Kind { Sqlite, Postgres };
    // nullopt + reason when PostgreSQL is not configured (callers skip locally, fail under CI=true).
    static std::unique_ptr<TestDatabase> create(Kind kind, QString *whyNot);
    ~TestDatabase();

    const DbConfig &config() const { return m_config; }
    // A new store on the calling thread (its own connection), with the fixed test clock.
    std::unique_ptr<Store> open(const QString &connectionName = {}) const;

private:
    TestDatabase() = default;
    DbConfig m_config;
    DbConfig m_admin;
    QString m_dropName;
    std::unique_ptr<QTemporaryDir> m_dir;
};

bool runningInCi();
QString kindName(TestDatabase::Kind kind);

// "Now" for tests: 2030-01-10 12:00 UTC. Inventory of fixtures starts on 2030-01-01.
QDateTime testNow();
QDate day(int offsetFromJan1); // 2030-01-01 + offset

struct HotelFixture {
    Hotel hotel;
    QList<RoomType> roomTypes;
    QList<Room> rooms;
};

// A hotel with room types of the given sizes (each with that many physical rooms) and 120 nights of
// inventory from 2030-01-01 at 100.00 a night; tax 10 %, fee 5.00 per night.
HotelFixture makeHotel(Store &store, const QString &city, QList<int> roomsPerType, double lat = 37.5665,
                       double lon = 126.9780, const QByteArray &timeZone = "Asia/Seoul", int stars = 4);
User makeUser(Store &store, const QString &email, Role role, QList<HotelId> hotels = {});
// A guest with this very id (no password that signs in), for tests that book as many made-up guests.
Actor guestWithId(Store &store, UserId id);
NewBooking bookingRequest(const HotelFixture &f, int roomTypeIndex, QDate checkIn, QDate checkOut, int guests = 1);

} // namespace hotel::test
