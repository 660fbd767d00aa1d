#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hotel::test {

namespace {
QAtomicInt connectionCounter;

QString nextConnectionName() {
    return QStringLiteral("test-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

bool adminExec(const DbConfig &admin, const QString &sql, QString *error) {
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

bool runningInCi() {
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString kindName(TestDatabase::Kind kind) {
    return kind == TestDatabase::Kind::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QDateTime testNow() {
    return QDateTime(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC);
}
QDate day(int offset) {
    return QDate(2030, 1, 1).addDays(offset);
}

std::unique_ptr<TestDatabase> TestDatabase::create(Kind kind, QString *whyNot) {
    qputenv("HOTEL_PWHASH_FAST", "1");
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (kind == Kind::Sqlite) {
        t->m_dir = std::make_unique<QTemporaryDir>();
        t->m_config.driver = DbConfig::Driver::Sqlite;
        t->m_config.path = t->m_dir->filePath(QStringLiteral("test.sqlite"));
    } else {
        const QString url = qEnvironmentVariable("HOTEL_TEST_PG_URL");
        if (url.isEmpty()) {
            *whyNot = QStringLiteral("HOTEL_TEST_PG_URL is not set (scripts/test.sh sets it)");
            return nullptr;
        }
        auto parsed = DbConfig::parse(url);
        if (!parsed) {
            *whyNot = parsed.error().userMessage;
            return nullptr;
        }
        t->m_admin = parsed.value();
        t->m_dropName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        QString error;
        if (!adminExec(t->m_admin, QStringLiteral("CREATE DATABASE %1").arg(t->m_dropName), &error)) {
            *whyNot = QStringLiteral("cannot create a test database: ") + error;
            return nullptr;
        }
        t->m_config = t->m_admin;
        t->m_config.database = t->m_dropName;
    }
    auto store = t->open();
    if (!store) {
        *whyNot = QStringLiteral("cannot open the test database");
        return nullptr;
    }
    auto migrated = store->migrate();
    if (!migrated) {
        *whyNot = QStringLiteral("migration failed: ") + migrated.error().detail;
        return nullptr;
    }
    return t;
}

TestDatabase::~TestDatabase() {
    if (!m_dropName.isEmpty())
        adminExec(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dropName), nullptr);
}

std::unique_ptr<Store> TestDatabase::open(const QString &connectionName) const {
    auto store = Store::open(m_config, connectionName.isEmpty() ? nextConnectionName() : connectionName);
    if (!store)
        return nullptr;
    std::unique_ptr<Store> s = std::move(store).value();
    s->setClock(&testNow);
    return s;
}

HotelFixture makeHotel(Store &store, const QString &city, QList<int> roomsPerType, double lat, double lon,
                       const QByteArray &timeZone, int stars) {
    HotelFixture f;
    Hotel h;
    h.name = QStringLiteral("Hotel ") + city + QStringLiteral(" ") + QString::number(stars);
    h.city = city;
    h.country = QStringLiteral("KR");
    h.latitude = lat;
    h.longitude = lon;
    h.starRating = stars;
    h.timeZone = timeZone;
    h.taxRateBasisPoints = 1000;
    h.feePerNight = 500;
    h.currency = QStringLiteral("KRW");
    auto created = store.createHotel(Actor::system(), h);
    if (!created)
        qFatal("fixture hotel: %s", qPrintable(created.error().detail + created.error().userMessage));
    f.hotel = created.value();
    int roomNumber = 101;
    for (int i = 0; i < roomsPerType.size(); ++i) {
        RoomType rt;
        rt.hotelId = f.hotel.id;
        rt.name = QStringLiteral("Type %1").arg(i);
        rt.maxOccupancy = 2 + i;
        rt.basePrice = 10000;
        rt.totalRooms = roomsPerType[i];
        auto t = store.createRoomType(Actor::system(), rt, day(0), 120);
        if (!t)
            qFatal("fixture room type: %s", qPrintable(t.error().detail + t.error().userMessage));
        f.roomTypes << t.value();
        for (int r = 0; r < roomsPerType[i]; ++r) {
            Room room;
            room.roomTypeId = t->id;
            room.roomNumber = QString::number(roomNumber++);
            room.floor = room.roomNumber.left(1).toInt();
            auto made = store.createRoom(Actor::system(), room);
            if (!made)
                qFatal("fixture room: %s", qPrintable(made.error().detail));
            f.rooms << made.value();
        }
    }
    return f;
}

User makeUser(Store &store, const QString &email, Role role, QList<HotelId> hotels) {
    auto u = store.createUser(
        NewUser{email, QStringLiteral("correct horse"), QStringLiteral("Test ") + email, role, hotels});
    if (!u)
        qFatal("fixture user: %s", qPrintable(u.error().userMessage + u.error().detail));
    return u.value();
}

Actor guestWithId(Store &store, UserId id) {
    // Bookings belong to users who exist (a foreign key on PostgreSQL): tests that book as many made-up guests
    // get real rows with those ids, and the id sequence moves past them so makeUser never collides.
    const bool pg = store.database().driverName() == QLatin1String("QPSQL");
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, password_hash, role, created_at) "
                             "VALUES (?, ?, ?, '!', 'guest', ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("guest%1@example.com").arg(id));
    q.addBindValue(QStringLiteral("Guest %1").arg(id));
    q.addBindValue(pg ? QVariant(QDateTime::currentDateTimeUtc())
                      : QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    if (!q.exec())
        qFatal("fixture guest %lld: %s", qlonglong(id), qPrintable(q.lastError().text()));
    if (pg && !QSqlQuery(store.database())
                   .exec(QStringLiteral("SELECT setval('users_id_seq', GREATEST((SELECT max(id) FROM users), 1))")))
        qFatal("fixture guest: cannot move the user id sequence");
    return Actor{id, Role::Guest, {}, 1};
}

NewBooking bookingRequest(const HotelFixture &f, int roomTypeIndex, QDate checkIn, QDate checkOut, int guests) {
    NewBooking b;
    b.hotelId = f.hotel.id;
    b.roomTypeId = f.roomTypes.at(roomTypeIndex).id;
    b.checkIn = checkIn;
    b.checkOut = checkOut;
    b.guestName = QStringLiteral("Kim Min-jun");
    b.guestEmail = QStringLiteral("minjun@example.com");
    b.guestPhone = QStringLiteral("+82 10 1234 5678");
    b.numberOfGuests = guests;
    return b;
}

} // namespace hotel::test
