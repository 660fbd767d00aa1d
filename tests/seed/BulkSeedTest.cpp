// seed --bulk: the benchmark-scale loader, at test scale, on PostgreSQL (it loads nothing else).
#include "StoreTestFixture.h"
#include "seed/BulkSeeder.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace hotel;
using namespace hotel::test;

namespace {

class BulkSeedTest : public StoreTest {
protected:
    QStringList column(const QString &sql) {
        QSqlQuery q(m_store->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    qint64 number(const QString &sql) { return column(sql).value(0).toLongLong(); }
    QStringList schema() {
        return column(
                   QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")) +
               column(QStringLiteral("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                                     "WHERE connamespace = 'public'::regnamespace ORDER BY conname"));
    }
    static BulkSeedOptions options() {
        BulkSeedOptions o;
        o.hotels = 90;
        o.roomsPerHotel = 20;
        o.days = 20;
        o.seed = 7;
        o.from = day(0);
        return o;
    }
};

TEST_P(BulkSeedTest, loadsEveryTableInOneGoAndPutsTheIndexesBack) {
    const QStringList before = schema();
    QStringList stages;
    BulkSeedOptions o = options();
    o.progress = [&stages](const QString &stage, qint64, qint64) {
        if (stages.isEmpty() || stages.last() != stage)
            stages << stage;
    };
    auto summary = bulkSeedPostgres(m_db->config(), o);
    ASSERT_TRUE(summary) << summary.error().detail.toStdString();
    EXPECT_EQ(summary->hotels, 90);
    EXPECT_EQ(summary->rooms, 90 * 20);
    EXPECT_EQ(summary->users, 4);
    EXPECT_EQ(schema(), before); // every index and constraint dropped for the load is back, as it was
    EXPECT_TRUE(stages.contains(QStringLiteral("inventory")) && stages.contains(QStringLiteral("indexes")))
        << stages.join(',').toStdString();

    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM room_inventory")), qint64(summary->roomTypes) * 20);
    EXPECT_EQ(number(QStringLiteral(
                  "SELECT count(*) FROM (SELECT hotel_id FROM rooms GROUP BY hotel_id HAVING count(*) <> 20) x")),
              0);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM (SELECT hotel_id FROM room_types GROUP BY hotel_id "
                                    "HAVING count(*) NOT BETWEEN 2 AND 4) x")),
              0);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM hotel_changes")), 90);
    // Real places: Seoul first, with its true coordinates; hotels spread over many cities.
    EXPECT_EQ(column(QStringLiteral("SELECT city FROM hotels WHERE id = 1")), QStringList{QStringLiteral("Seoul")});
    EXPECT_EQ(
        number(QStringLiteral("SELECT count(*) FROM hotels WHERE city = 'Seoul' AND abs(latitude - 37.5665) < 0.06 "
                              "AND abs(longitude - 126.978) < 0.06")),
        1);
    EXPECT_EQ(number(QStringLiteral("SELECT count(DISTINCT city) FROM hotels")), 90);

    // The loaded data works: the audit is clean, search finds Seoul, a booking goes through.
    auto audit = m_store->audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->clean());
    EXPECT_EQ(audit->roomTypeNightsChecked, summary->roomTypes * 20);
    SearchQuery q;
    q.city = QStringLiteral("seoul");
    q.checkIn = day(12); // the test clock stands on day 9
    q.checkOut = day(15);
    auto found = m_store->searchHotels(q);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->total, 1);
    const RoomTypeId type = found->hotels[0].offers[0].roomTypeId;
    auto booking = m_store->createBooking(
        Actor::system(),
        NewBooking{
            1, type, day(12), day(15), QStringLiteral("Ada Guest"), QStringLiteral("ada@example.com"), {}, 1, {}});
    ASSERT_TRUE(booking) << booking.error().detail.toStdString();
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(BulkSeedTest, sameSeedSameDataAndNeverOverAnotherLoad) {
    ASSERT_TRUE(bulkSeedPostgres(m_db->config(), options()));
    QString whyNot;
    auto other = TestDatabase::create(GetParam(), &whyNot);
    ASSERT_TRUE(other) << whyNot.toStdString();
    ASSERT_TRUE(bulkSeedPostgres(other->config(), options()));
    const QString fingerprint = QStringLiteral("SELECT md5(string_agg(concat_ws('|', h.name, h.city, h.latitude, "
                                               "h.star_rating, h.amenities, rt.name, rt.total_rooms, "
                                               "  rt.base_price, (SELECT sum(price) FROM room_inventory i WHERE "
                                               "i.room_type_id = rt.id)), ',' ORDER BY rt.id)) "
                                               "FROM hotels h JOIN room_types rt ON rt.hotel_id = h.id");
    auto otherStore = other->open(QStringLiteral("other"));
    QSqlQuery q(otherStore->database());
    ASSERT_TRUE(q.exec(fingerprint) && q.next());
    EXPECT_EQ(column(fingerprint).value(0), q.value(0).toString());

    // A second load into a database that has hotels is refused and changes nothing.
    auto again = bulkSeedPostgres(m_db->config(), options());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, BackendError::Kind::Conflict);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM hotels")), 90);

    DbConfig sqlite;
    sqlite.path = QStringLiteral(":memory:");
    auto refused = bulkSeedPostgres(sqlite, options());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("db"));
}

INSTANTIATE_TEST_SUITE_P(Databases, BulkSeedTest, ::testing::Values(TestDatabase::Kind::Postgres), paramName);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
