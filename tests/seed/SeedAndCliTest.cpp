#include "StoreTestFixture.h"
#include "client/SqlBackend.h"
#include "seed/Seeder.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hotel;
using namespace hotel::test;

namespace {

class SeedTest : public StoreTest {};

QStringList fingerprint(Store &store) {
    QStringList out;
    auto hotels = store.hotels(Actor::system()).value();
    for (const Hotel &h : hotels) {
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(h.name, h.city)
                   .arg(h.latitude, 0, 'f', 5)
                   .arg(h.longitude, 0, 'f', 5)
                   .arg(h.starRating)
                   .arg(QString::fromUtf8(h.timeZone));
        for (const RoomType &rt : store.roomTypes(h.id).value())
            out << QStringLiteral("  %1|%2|%3|%4")
                       .arg(rt.name)
                       .arg(rt.totalRooms)
                       .arg(rt.basePrice)
                       .arg(rt.maxOccupancy);
    }
    return out;
}

TEST_P(SeedTest, sameSeedSameDataInRealCities) {
    SeedOptions options;
    options.hotels = 6;
    options.seed = 42;
    options.days = 30;
    options.from = day(0);
    auto summary = seedDemoData(*m_store, options);
    ASSERT_TRUE(summary) << summary.error().userMessage.toStdString();
    EXPECT_EQ(summary->hotels, 6);
    EXPECT_GT(summary->rooms, 6 * 8);
    EXPECT_EQ(summary->users, 4);

    QString whyNot;
    auto other = TestDatabase::create(GetParam(), &whyNot);
    ASSERT_TRUE(other) << whyNot.toStdString();
    auto otherStore = other->open();
    options.users = false;
    ASSERT_TRUE(seedDemoData(*otherStore, options));
    EXPECT_EQ(fingerprint(*m_store), fingerprint(*otherStore));

    // Seoul is there, within a few km of its true centre, in its own time zone.
    SearchQuery q;
    q.latitude = 37.5665;
    q.longitude = 126.9780;
    q.radiusKm = 8;
    q.checkIn = day(20);
    q.checkOut = day(22);
    auto seoul = m_store->searchHotels(q);
    ASSERT_TRUE(seoul);
    ASSERT_GE(seoul->total, 1);
    EXPECT_EQ(seoul->hotels[0].hotel.city, QStringLiteral("Seoul"));
    EXPECT_EQ(seoul->hotels[0].hotel.timeZone, QByteArray("Asia/Seoul"));
    // Nights are on sale for the whole range, with weekend prices above weekday ones on average.
    auto grid = m_store->inventory(Actor::system(), seoul->hotels[0].hotel.id, day(0), day(30));
    ASSERT_TRUE(grid);
    for (const InventoryNight &n : grid->nights)
        EXPECT_GT(n.totalRooms, 0);
    for (const char *email : {"admin@demo.hotel", "frontdesk@demo.hotel", "revenue@demo.hotel", "guest@demo.hotel"})
        EXPECT_TRUE(m_store->authenticate(QLatin1String(email), QLatin1String(demoPassword))) << email;
    EXPECT_TRUE(m_store->audit()->clean());
}

TEST_P(SeedTest, sqlBackendAnswersOnItsWorkersAndAnnouncesChanges) {
    SeedOptions options;
    options.hotels = 2;
    options.days = 40;
    options.from = day(0);
    ASSERT_TRUE(seedDemoData(*m_store, options));
    SqlBackend::Options backendOptions;
    backendOptions.kind = Backend::Kind::Postgres;
    backendOptions.clock = &testNow;
    SqlBackend backend(m_db->config(), backendOptions);
    auto signIn = backend.signIn(QStringLiteral("frontdesk@demo.hotel"), QLatin1String(demoPassword));
    QTRY_VERIFY_WITH_TIMEOUT(signIn.isFinished(), 10000);
    QTest::qWait(10); // the session is stored by a continuation on this thread
    ASSERT_TRUE(signIn.result()) << signIn.result().error().userMessage.toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(backend.session().has_value(), 5000);
    EXPECT_EQ(backend.session()->user.role, Role::FrontDesk);

    auto hotels = backend.staffHotels();
    QTRY_VERIFY_WITH_TIMEOUT(hotels.isFinished(), 10000);
    ASSERT_TRUE(hotels.result());
    ASSERT_EQ(hotels.result()->size(), 2);
    const Hotel h = hotels.result()->first();
    auto types = backend.roomTypes(h.id);
    QTRY_VERIFY_WITH_TIMEOUT(types.isFinished(), 10000);
    ASSERT_TRUE(types.result());

    QSignalSpy changed(&backend, &Backend::hotelChanged);
    NewBooking request;
    request.hotelId = h.id;
    request.roomTypeId = types.result()->first().id;
    request.checkIn = day(20);
    request.checkOut = day(21);
    request.guestName = QStringLiteral("Lee Ji-eun");
    request.guestEmail = QStringLiteral("jieun@example.com");
    auto created = backend.createBooking(request);
    QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 10000);
    ASSERT_TRUE(created.result()) << created.result().error().userMessage.toStdString();
    // On PostgreSQL the NOTIFY arrives too; on SQLite the backend's own write announces it.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 3000);
    EXPECT_EQ(changed.first().first().value<HotelId>(), h.id);

    auto forbidden = backend.setPrices(h.id, request.roomTypeId, {{day(20), 1}});
    QTRY_VERIFY_WITH_TIMEOUT(forbidden.isFinished(), 10000);
    ASSERT_FALSE(forbidden.result());
    EXPECT_EQ(forbidden.result().error().kind, BackendError::Kind::Forbidden);
}

HOTEL_BOTH_DATABASES(SeedTest);

// The command line, as an operator uses it.
class CliTest : public StoreTest {
protected:
    QString url() const {
        const DbConfig &c = m_db->config();
        return c.isPostgres() ? c.toUrl(true) : QStringLiteral("sqlite://") + c.path;
    }
    int run(const QStringList &args, QString *output = nullptr) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(HOTEL_SERVER_EXE), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }
};

TEST_P(CliTest, migrateSeedUserAddAudit) {
    QString text;
    m_store.reset(); // the CLI opens its own connection
    EXPECT_EQ(run({QStringLiteral("migrate"), QStringLiteral("--db"), url()}, &text), 0) << text.toStdString();
    EXPECT_EQ(
        run({QStringLiteral("seed"), QStringLiteral("--db"), url(), QStringLiteral("--hotels"), QStringLiteral("3"),
             QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--days"), QStringLiteral("20")},
            &text),
        0)
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("seeded 3 hotels"))) << text.toStdString();
    EXPECT_EQ(
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), url(), QStringLiteral("--email"),
             QStringLiteral("desk@example.com"), QStringLiteral("--password"), QStringLiteral("long enough"),
             QStringLiteral("--role"), QStringLiteral("frontdesk"), QStringLiteral("--hotel"), QStringLiteral("1")},
            &text),
        0)
        << text.toStdString();
    EXPECT_EQ(run({QStringLiteral("audit"), QStringLiteral("--db"), url()}, &text), 0) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(", 0 issues"))) << text.toStdString();

    // Bad arguments: a clear message naming the option, a non-zero exit, nothing written.
    EXPECT_NE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), url(),
                   QStringLiteral("--email"), QStringLiteral("x@example.com"), QStringLiteral("--password"),
                   QStringLiteral("long enough"), QStringLiteral("--role"), QStringLiteral("king")},
                  &text),
              0);
    EXPECT_TRUE(text.contains(QLatin1String("--role"))) << text.toStdString();
    EXPECT_NE(
        run({QStringLiteral("seed"), QStringLiteral("--db"), url(), QStringLiteral("--hotels"), QStringLiteral("many")},
            &text),
        0);
    EXPECT_TRUE(text.contains(QLatin1String("--hotels"))) << text.toStdString();
    EXPECT_NE(run({QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("mysql://nope")}, &text), 0);
    EXPECT_TRUE(text.contains(QLatin1String("postgresql://"))) << text.toStdString();
    EXPECT_NE(
        run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), url(), QStringLiteral("--email"),
             QStringLiteral("not-an-email"), QStringLiteral("--password"), QStringLiteral("long enough")},
            &text),
        0);
    EXPECT_TRUE(text.contains(QLatin1String("(email)"))) << text.toStdString();

    // Overbooking is caught: corrupt a counter behind the store's back and the audit fails.
    m_store = m_db->open();
    QSqlQuery q(m_store->database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE room_inventory SET booked_rooms = booked_rooms + 1 WHERE room_type_id = 1 AND "
                              "date = (SELECT min(date) FROM room_inventory WHERE room_type_id = 1)")));
    m_store.reset();
    EXPECT_EQ(run({QStringLiteral("audit"), QStringLiteral("--db"), url()}, &text), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("inventory says 1 booked, bookings say 0"))) << text.toStdString();
}

HOTEL_BOTH_DATABASES(CliTest);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
