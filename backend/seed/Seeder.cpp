#include "seed/Seeder.h"

#include "seed/BulkSeeder.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>

namespace hotel {

namespace {

struct City {
    const char *name;
    const char *country;
    double latitude;
    double longitude;
    const char *timeZone;
    const char *currency;
    int priceLevel; // base price of a 3-star standard room, in the currency's minor units / 100
};

// Real cities with their coordinates (GeoNames, CC BY 4.0) and IANA zones.
constexpr City cities[] = {
    {"Seoul", "KR", 37.5665, 126.9780, "Asia/Seoul", "KRW", 120000},
    {"Busan", "KR", 35.1796, 129.0756, "Asia/Seoul", "KRW", 100000},
    {"Incheon", "KR", 37.4563, 126.7052, "Asia/Seoul", "KRW", 90000},
    {"Jeju", "KR", 33.4996, 126.5312, "Asia/Seoul", "KRW", 110000},
    {"Tokyo", "JP", 35.6895, 139.6917, "Asia/Tokyo", "JPY", 15000},
    {"Osaka", "JP", 34.6937, 135.5023, "Asia/Tokyo", "JPY", 12000},
    {"Kyoto", "JP", 35.0116, 135.7681, "Asia/Tokyo", "JPY", 14000},
    {"Taipei", "TW", 25.0330, 121.5654, "Asia/Taipei", "TWD", 3000},
    {"Hong Kong", "HK", 22.3193, 114.1694, "Asia/Hong_Kong", "HKD", 900},
    {"Shanghai", "CN", 31.2304, 121.4737, "Asia/Shanghai", "CNY", 600},
    {"Beijing", "CN", 39.9042, 116.4074, "Asia/Shanghai", "CNY", 550},
    {"Singapore", "SG", 1.3521, 103.8198, "Asia/Singapore", "SGD", 200},
    {"Bangkok", "TH", 13.7563, 100.5018, "Asia/Bangkok", "THB", 2500},
    {"Hanoi", "VN", 21.0278, 105.8342, "Asia/Ho_Chi_Minh", "USD", 60},
    {"Sydney", "AU", -33.8688, 151.2093, "Australia/Sydney", "AUD", 220},
    {"Melbourne", "AU", -37.8136, 144.9631, "Australia/Melbourne", "AUD", 200},
    {"Auckland", "NZ", -36.8485, 174.7633, "Pacific/Auckland", "NZD", 200},
    {"Mumbai", "IN", 19.0760, 72.8777, "Asia/Kolkata", "INR", 6000},
    {"Dubai", "AE", 25.2048, 55.2708, "Asia/Dubai", "AED", 500},
    {"Istanbul", "TR", 41.0082, 28.9784, "Europe/Istanbul", "EUR", 110},
    {"London", "GB", 51.5074, -0.1278, "Europe/London", "GBP", 160},
    {"Paris", "FR", 48.8566, 2.3522, "Europe/Paris", "EUR", 170},
    {"Berlin", "DE", 52.5200, 13.4050, "Europe/Berlin", "EUR", 130},
    {"Madrid", "ES", 40.4168, -3.7038, "Europe/Madrid", "EUR", 120},
    {"Rome", "IT", 41.9028, 12.4964, "Europe/Rome", "EUR", 140},
    {"Amsterdam", "NL", 52.3676, 4.9041, "Europe/Amsterdam", "EUR", 180},
    {"Vienna", "AT", 48.2082, 16.3738, "Europe/Vienna", "EUR", 130},
    {"Prague", "CZ", 50.0755, 14.4378, "Europe/Prague", "EUR", 100},
    {"Stockholm", "SE", 59.3293, 18.0686, "Europe/Stockholm", "EUR", 150},
    {"Lisbon", "PT", 38.7223, -9.1393, "Europe/Lisbon", "EUR", 120},
    {"New York", "US", 40.7128, -74.0060, "America/New_York", "USD", 220},
    {"Los Angeles", "US", 34.0522, -118.2437, "America/Los_Angeles", "USD", 190},
    {"Chicago", "US", 41.8781, -87.6298, "America/Chicago", "USD", 170},
    {"San Francisco", "US", 37.7749, -122.4194, "America/Los_Angeles", "USD", 230},
    {"Toronto", "CA", 43.6532, -79.3832, "America/Toronto", "CAD", 200},
    {"Mexico City", "MX", 19.4326, -99.1332, "America/Mexico_City", "MXN", 1800},
    {"Sao Paulo", "BR", -23.5505, -46.6333, "America/Sao_Paulo", "BRL", 450},
    {"Buenos Aires", "AR", -34.6037, -58.3816, "America/Argentina/Buenos_Aires", "USD", 90},
    {"Cairo", "EG", 30.0444, 31.2357, "Africa/Cairo", "USD", 80},
    {"Cape Town", "ZA", -33.9249, 18.4241, "Africa/Johannesburg", "ZAR", 1500},
};
constexpr int cityCount = int(sizeof(cities) / sizeof(cities[0]));

const char *const namePrefixes[] = {"Grand",   "Royal",    "Harbour", "Garden", "Central", "Riverside", "Park",
                                    "Skyline", "Heritage", "Maple",   "Lotus",  "Sunrise", "Plaza",     "Palace"};
const char *const nameSuffixes[] = {"Hotel", "Inn", "Suites", "Residence", "Hotel & Spa", "Stay"};
const char *const amenityPool[] = {"wifi",       "pool", "parking",         "gym",       "spa",
                                   "restaurant", "bar",  "airport-shuttle", "breakfast", "laundry"};

struct TypeTemplate {
    const char *name;
    const char *bed;
    int occupancy;
    int sizeSqm;
    int priceFactorPercent;
};
constexpr TypeTemplate typeTemplates[] = {
    {"Standard Double", "Queen", 2, 22, 100}, {"Twin Room", "Twin", 2, 24, 105},
    {"Deluxe King", "King", 2, 32, 140},      {"Family Room", "Queen + Sofa bed", 4, 40, 170},
    {"Junior Suite", "King", 3, 48, 220},     {"Executive Suite", "King", 4, 70, 320},
};

} // namespace

QString defaultDemoDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.sqlite"));
}

Result<SeedSummary> seedDemoData(Store &store, const SeedOptions &options) {
    if (options.hotels < 0 || options.hotels > 100000)
        return BackendError::invalid(QStringLiteral("hotels"), QStringLiteral("hotels must be between 0 and 100000"));
    QRandomGenerator rng(options.seed);
    const Actor admin = Actor::system();
    const QDate from = options.from.isValid() ? options.from : QDate::currentDate().addDays(-1);
    SeedSummary summary;
    QList<HotelId> hotelIds;
    for (int i = 0; i < options.hotels; ++i) {
        // Every city gets hotels in turn, so small seeds still cover Seoul and the rest of the list.
        const City &city = cities[i % cityCount];
        Hotel h;
        const int stars = 2 + int(rng.bounded(4));
        h.name =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(namePrefixes[rng.bounded(int(std::size(namePrefixes)))]), QLatin1String(city.name),
                     QLatin1String(nameSuffixes[rng.bounded(int(std::size(nameSuffixes)))]));
        if (i >= cityCount)
            h.name += QStringLiteral(" %1").arg(i / cityCount + 1);
        h.description = QStringLiteral("A %1-star hotel in %2.").arg(stars).arg(QLatin1String(city.name));
        h.city = QLatin1String(city.name);
        h.country = QLatin1String(city.country);
        // Spread around the centre by up to ~6 km.
        h.latitude = city.latitude + (rng.generateDouble() - 0.5) * 0.1;
        h.longitude = city.longitude + (rng.generateDouble() - 0.5) * 0.1;
        h.address = QStringLiteral("%1 Main Street, %2").arg(1 + rng.bounded(300)).arg(QLatin1String(city.name));
        h.starRating = stars;
        for (const char *a : amenityPool)
            if (rng.bounded(100) < 30 + stars * 10)
                h.amenities << QLatin1String(a);
        h.checkInTime = QTime(14 + int(rng.bounded(2)), 0);
        h.checkOutTime = QTime(10 + int(rng.bounded(2)), 0);
        h.freeCancellationHours = QList<int>{24, 48, 72}.at(rng.bounded(3));
        h.taxRateBasisPoints = 500 + int(rng.bounded(11)) * 100;
        h.currency = QLatin1String(city.currency);
        h.feePerNight = Money(city.priceLevel) * 5; // 5 % of a standard night, in minor units
        h.timeZone = city.timeZone;
        auto created = store.createHotel(admin, h);
        if (!created)
            return created.error();
        hotelIds << created->id;
        ++summary.hotels;

        const int typeCount = 2 + int(rng.bounded(3));
        int roomNumber = 0;
        for (int t = 0; t < typeCount; ++t) {
            const TypeTemplate &tpl = typeTemplates[(t * 2 + int(rng.bounded(2))) % int(std::size(typeTemplates))];
            RoomType rt;
            rt.hotelId = created->id;
            rt.name = QLatin1String(tpl.name);
            rt.description = QStringLiteral("%1 m², bed: %2").arg(tpl.sizeSqm).arg(QLatin1String(tpl.bed));
            rt.maxOccupancy = tpl.occupancy;
            rt.bedType = QLatin1String(tpl.bed);
            rt.sizeSqm = tpl.sizeSqm;
            rt.basePrice = Money(city.priceLevel) * 100 * tpl.priceFactorPercent / 100 * (60 + stars * 15) / 100;
            rt.totalRooms = 4 + int(rng.bounded(12));
            auto type = store.createRoomType(admin, rt, from, options.days);
            if (!type)
                return type.error();
            ++summary.roomTypes;
            // Prices vary by weekday and season; set them in one call per type.
            QList<NightPrice> prices;
            for (int d = 0; d < options.days; ++d) {
                const QDate date = from.addDays(d);
                int percent = 100;
                if (date.dayOfWeek() >= 5 && date.dayOfWeek() <= 6)
                    percent += 20;
                if (date.month() == 7 || date.month() == 8 || date.month() == 12)
                    percent += 15;
                percent += int(rng.bounded(11)) - 5;
                prices << NightPrice{date, rt.basePrice * percent / 100};
            }
            for (int r = 0; r < rt.totalRooms; ++r) {
                Room room;
                room.roomTypeId = type->id;
                ++roomNumber;
                room.floor = 1 + (roomNumber - 1) / 10;
                room.roomNumber =
                    QStringLiteral("%1%2").arg(room.floor).arg((roomNumber - 1) % 10 + 1, 2, 10, QLatin1Char('0'));
                if (rng.bounded(100) < 4)
                    room.status = RoomStatus::Maintenance;
                if (auto made = store.createRoom(admin, room); !made)
                    return made.error();
                ++summary.rooms;
            }
            if (options.days > 0) {
                for (int chunk = 0; chunk < prices.size(); chunk += limits::maxInventoryDays) {
                    if (auto p =
                            store.setPrices(admin, created->id, type->id, prices.mid(chunk, limits::maxInventoryDays));
                        !p)
                        return p.error();
                }
            }
        }
        if (options.progress)
            options.progress(i + 1, options.hotels);
    }
    if (options.users) {
        auto users = seedDemoUsers(store, hotelIds.mid(0, 5));
        if (!users)
            return users.error();
        summary.users = *users;
    }
    return summary;
}

Result<int> seedDemoUsers(Store &store, const QList<HotelId> &staffHotels) {
    struct DemoUser {
        const char *email;
        const char *name;
        Role role;
        bool staff;
    };
    const DemoUser users[] = {
        {"admin@demo.hotel", "Ada Admin", Role::Admin, false},
        {"frontdesk@demo.hotel", "Jiwoo Front Desk", Role::FrontDesk, true},
        {"revenue@demo.hotel", "Minseo Revenue", Role::Revenue, true},
        {"guest@demo.hotel", "Gary Guest", Role::Guest, false},
    };
    int made = 0;
    for (const auto &u : users) {
        NewUser nu{QLatin1String(u.email), QLatin1String(demoPassword), QString::fromUtf8(u.name), u.role,
                   u.staff ? staffHotels : QList<HotelId>{}};
        auto user = store.createUser(nu);
        if (!user && user.error().kind != BackendError::Kind::Conflict)
            return user.error();
        made += user ? 1 : 0;
    }
    return made;
}

QList<SeedCity> seedCities() {
    QList<SeedCity> list;
    QSet<QString> names;
    for (const City &c : cities) {
        list << SeedCity{QLatin1String(c.name),     QLatin1String(c.country),  c.latitude,  c.longitude,
                         QLatin1String(c.timeZone), QLatin1String(c.currency), c.priceLevel};
        names << list.last().name;
    }
    QFile file(QStringLiteral(":/data/world-cities.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 5 || names.contains(f[0]))
            continue;
        // Prices of the world list are in US dollars at a mid-range level: the bulk data is for load, not for
        // local colour, and the currency then needs no exchange table.
        list << SeedCity{f[0], f[1], f[2].toDouble(), f[3].toDouble(), f[4], QStringLiteral("USD"), 150};
        names << f[0];
    }
    return list;
}

} // namespace hotel
