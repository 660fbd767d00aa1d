// The living demo: a season of bookings around the day the demo is opened. Stays are placed night by night in
// the rooms of each room type (so no night ever holds more stays than rooms and every past stay has its room),
// then kept only if they were already booked by now (arrival less a lead time drawn from the history), then
// written in bulk with the nights' booked counts raised by exactly what was placed.
#include "seed/LivingDemo.h"

#include "domain/Policy.h"
#include "seed/Seeder.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace hotel {

Q_LOGGING_CATEGORY(lcLivingDemo, "hotel.seed.living")

using K = BackendError::Kind;

namespace {

QList<int> intList(const QJsonValue &v) {
    QList<int> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInt();
    return out;
}

QList<double> sharesOf(const QJsonObject &o) {
    QList<double> out;
    for (int i = 1; o.contains(QString::number(i)); ++i)
        out << o.value(QString::number(i)).toDouble();
    return out;
}

// Draws an index by its share.
int drawShare(QRandomGenerator &rng, const QList<double> &shares) {
    double total = 0;
    for (double s : shares)
        total += s;
    double u = rng.generateDouble() * total;
    for (int i = 0; i < shares.size(); ++i) {
        u -= shares[i];
        if (u < 0)
            return i;
    }
    return int(shares.size()) - 1;
}

int drawPercentile(QRandomGenerator &rng, const QList<int> &table) {
    return int(std::lround(DemandProfile::percentile(table, rng.generateDouble() * 100.0)));
}

const char *const firstNames[] = {"Minji", "Jiho",   "Seo-yeon", "Hyun",   "Yuki", "Haruto", "Mei",   "Wei",
                                  "Anh",   "Priya",  "Arjun",    "Fatima", "Omar", "Sofia",  "Lucas", "Emma",
                                  "Noah",  "Olivia", "Mateo",    "Chloe",  "Ines", "Jonas",  "Elena", "Marco",
                                  "Aisha", "Liam",   "Zoe",      "Daniel", "Sara", "Tomás",  "Nora",  "Felix"};
const char *const lastNames[] = {"Kim",    "Lee",      "Park",   "Choi",   "Tanaka", "Sato",     "Chen",   "Wang",
                                 "Nguyen", "Sharma",   "Patel",  "Haddad", "Silva",  "Santos",   "Müller", "Schmidt",
                                 "Rossi",  "García",   "Martin", "Dubois", "Smith",  "Johnson",  "Brown",  "Novak",
                                 "Jensen", "Kowalski", "Costa",  "Yilmaz", "Ahmed",  "Andersen", "Murphy", "Okafor"};
const char *const cancelReasons[] = {"Change of plans", "Found another hotel", "Travel cancelled", "Booked by mistake",
                                     "Flight changed"};

QString demoCode(QRandomGenerator &rng, QSet<QString> &used) {
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (;;) {
        QString code;
        for (int i = 0; i < 9; ++i) {
            if (i == 3 || i == 6)
                code += QLatin1Char('-');
            code += QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
        }
        if (!used.contains(code)) {
            used.insert(code);
            return code;
        }
    }
}

// One booking row as the generator decided it.
struct Row {
    RoomTypeId roomTypeId = 0;
    std::optional<RoomId> roomId;
    QDate checkIn, checkOut;
    QString guestName, guestEmail, guestPhone;
    int guests = 1;
    policy::StayPrice price;
    BookingStatus status = BookingStatus::Confirmed;
    QString cancelReason;
    std::optional<Money> refund;
    QString segment;
    QDateTime createdAt, updatedAt, cancelledAt, checkedInAt, checkedOutAt;
};

// A stay placed in a room by the simulation, before it is known whether it was booked yet.
struct Placed {
    int room = 0; // index into the type's rooms
    QDate checkIn, checkOut;
    int lead = 0;
    int segment = 0;
};

class Writer final {
public:
    Writer(QSqlDatabase db, bool pg)
        : m_db(std::move(db))
        , m_pg(pg) {}

    QVariant money(Money cents) const { return m_pg ? QVariant(formatMoney(cents)) : QVariant(cents); }
    QVariant date(QDate d) const { return m_pg ? QVariant(d) : QVariant(d.toString(Qt::ISODate)); }
    QVariant stamp(const QDateTime &t) const {
        if (!t.isValid())
            return {};
        return m_pg ? QVariant(t.toUTC()) : QVariant(t.toUTC().toString(Qt::ISODateWithMs));
    }

    VoidResult exec(const QString &sql, const QVariantList &args) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // PostgreSQL cannot PREPARE DDL: statements without values run as they are.
        if (args.isEmpty())
            return q.exec(sql) ? VoidResult(Unit{}) : failure(q);
        if (!q.prepare(sql))
            return failure(q);
        for (int i = 0; i < args.size(); ++i)
            q.bindValue(i, args[i]);
        if (!q.exec())
            return failure(q);
        return Unit{};
    }

    // Multi-row INSERTs of `columns`, `perStatement` rows at a time: the demo database is written in well
    // under a second this way, where a statement per booking took several.
    VoidResult insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) {
        // QSQLITE looks each value's placeholder up by name, a cost that grows with the placeholders of the
        // statement, so SQLite gets short statements; PostgreSQL saves round trips with long ones.
        const int perStatement = std::max(1, (m_pg ? 2000 : 120) / int(columns.size()));
        const QString one = QStringLiteral("(") +
                            QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                            QStringLiteral(")");
        for (int start = 0; start < rows.size(); start += perStatement) {
            const int n = std::min(perStatement, int(rows.size()) - start);
            QVariantList args;
            args.reserve(n * columns.size());
            for (int i = 0; i < n; ++i)
                args += rows[start + i];
            const QString sql =
                QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(','))) +
                QStringList(n, one).join(QLatin1Char(','));
            if (auto r = exec(sql, args); !r)
                return r;
        }
        return Unit{};
    }

private:
    static BackendError failure(const QSqlQuery &q) {
        qCWarning(lcLivingDemo) << "living demo statement failed:" << q.lastError().text();
        return BackendError::make(K::Unavailable,
                                  QCoreApplication::translate("hotel::LivingDemo",
                                                              "The demo bookings could not be written; nothing was "
                                                              "changed."),
                                  q.lastError().text());
    }

    QSqlDatabase m_db;
    bool m_pg;
};

// How full a night ends up: the history's busier months fuller, Friday and Saturday nights fuller still.
double finalOccupancy(const DemandProfile &p, QDate night) {
    const double season = p.monthFactors[night.month() - 1];
    const bool weekend = night.dayOfWeek() == 5 || night.dayOfWeek() == 6;
    return std::clamp(0.84 + 0.25 * (season - 1.0) + (weekend ? 0.09 : 0.0), 0.45, 0.98);
}

// The share of a night's final stays already booked `ahead` days before it: those with a longer lead time.
double keptShare(const DemandProfile &p, int ahead) {
    int kept = 0;
    for (int q = 0; q <= 100; ++q)
        kept += p.leadTimePercentiles.value(q) >= ahead ? 1 : 0;
    return kept / 101.0;
}

struct HotelPlan {
    Hotel hotel;
    QDate today;
    QList<Row> rows;
    QHash<QPair<RoomTypeId, QDate>, int> held; // nights each type's kept stays hold
    QHash<RoomId, QString> housekeeping;
    QSet<RoomId> occupied;
};

Result<HotelPlan> planHotel(Store &store, const DemandProfile &p, const Hotel &h, const LivingDemoOptions &o,
                            const QDateTime &now, QRandomGenerator &rng) {
    HotelPlan plan;
    plan.hotel = h;
    const QDate today = policy::hotelToday(h, now);
    plan.today = today;
    const QDate from = today.addDays(-o.pastDays);
    const QDate until = today.addDays(o.futureDays);
    const Actor system = Actor::system();
    auto grid = store.inventory(system, h.id, from, until.addDays(31));
    if (!grid)
        return grid.error();
    auto rooms = store.rooms(system, h.id);
    if (!rooms)
        return rooms.error();
    const int days = grid->days();
    QList<double> segmentShares;
    for (const auto &s : p.segments)
        segmentShares << s.stayShare;
    const QTime localNow = now.toTimeZone(QTimeZone(h.timeZone)).time(); // before `zone`: read once
    // One zone object for the hotel: building a QTimeZone reads the zone database, and every row needs a few.
    const QTimeZone zone = QTimeZone(h.timeZone).isValid() ? QTimeZone(h.timeZone) : QTimeZone::utc();
    const auto hotelTime = [&zone](QDate day, QTime time) { return QDateTime(day, time, zone).toUTC(); };
    const QDateTime todayStart = hotelTime(today, QTime(0, 0));

    auto guestOf = [&](Row &row) {
        const QString first = QString::fromUtf8(firstNames[rng.bounded(int(std::size(firstNames)))]);
        const QString last = QString::fromUtf8(lastNames[rng.bounded(int(std::size(lastNames)))]);
        row.guestName = first + QLatin1Char(' ') + last;
        QString local = (first + QLatin1Char('.') + last).toLower();
        local = local.normalized(QString::NormalizationForm_KD);
        static const QRegularExpression notPlain(QStringLiteral("[^a-z.]"));
        local.remove(notPlain);
        row.guestEmail = QStringLiteral("%1%2@example.com").arg(local).arg(rng.bounded(100));
        row.guestPhone = QStringLiteral("+1 555 %1").arg(rng.bounded(1000000, 9999999));
    };
    auto priceOf = [&](int typeRow, QDate in, QDate out) {
        Money room = 0;
        const int first = int(grid->from.daysTo(in));
        const int n = int(in.daysTo(out));
        for (int i = 0; i < n; ++i)
            room += grid->at(typeRow, first + i).price;
        return policy::priceStay(h, room, n);
    };
    auto partyFor = [&](int maxOccupancy) {
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int size = drawShare(rng, p.partySizeShares) + 1;
            if (size <= maxOccupancy)
                return size;
        }
        return std::min(2, maxOccupancy);
    };
    // A moment on `day` between hour a and b at the hotel, never after now.
    auto momentOn = [&](QDate day, int a, int b) {
        const QDateTime t = hotelTime(day, QTime(a, 0)).addSecs(rng.bounded(std::max(1, (b - a) * 3600)));
        return std::min(t, now.addSecs(-60));
    };

    for (int typeRow = 0; typeRow < grid->roomTypes.size(); ++typeRow) {
        const RoomType &rt = grid->roomTypes[typeRow];
        QList<Room> typeRooms;
        for (const Room &r : *rooms)
            if (r.roomTypeId == rt.id)
                typeRooms << r;
        if (typeRooms.isEmpty())
            continue;
        // Night by night: each free room may take a new arrival until the night is as full as it will end up.
        QList<QDate> freeFrom(typeRooms.size(), from);
        QList<Placed> placed;
        QList<int> taken(days, 0);
        for (int day = 0; day < from.daysTo(until); ++day) {
            const QDate night = from.addDays(day);
            const int capacity = std::min(int(typeRooms.size()), grid->at(typeRow, day).available());
            double target = finalOccupancy(p, night);
            // The coming nights are placed fuller than they will be held, because only the stays already booked
            // by today are kept (those whose lead time reaches back before now).
            // Placing them by the square root of the share kept leaves the next weeks somewhat emptier than the
            // past, as a hotel's pickup curve has them.
            const int ahead = int(today.daysTo(night));
            if (ahead > 0)
                target = std::min(0.99, target / std::sqrt(std::max(keptShare(p, ahead), 0.05)));
            int wanted = int(std::lround(target * typeRooms.size()));
            wanted += int(rng.bounded(3)) - 1;
            wanted = std::clamp(wanted, 0, capacity);
            while (taken[day] < wanted) {
                QList<int> free;
                for (int r = 0; r < typeRooms.size(); ++r) {
                    // A room under maintenance takes no stay that reaches tonight.
                    if (freeFrom[r] <= night &&
                        !(typeRooms[r].status == RoomStatus::Maintenance && night >= today.addDays(-3)))
                        free << r;
                }
                if (free.isEmpty())
                    break;
                const int room = free[rng.bounded(int(free.size()))];
                int nights = drawShare(rng, p.stayNightsShares) + 1;
                // Never past the nights on sale, nor into a night that is full.
                int n = 0;
                while (n < nights && day + n < days &&
                       taken[day + n] < std::min(int(typeRooms.size()), grid->at(typeRow, day + n).available()))
                    ++n;
                if (n == 0)
                    break;
                for (int i = 0; i < n; ++i)
                    ++taken[day + i];
                freeFrom[room] = night.addDays(n);
                placed << Placed{room, night, night.addDays(n), drawPercentile(rng, p.leadTimePercentiles),
                                 drawShare(rng, segmentShares)};
            }
        }

        bool departedOne = false;
        for (const Placed &s : placed) {
            // Not booked yet: a guest who books tomorrow is nobody's booking today.
            if (s.checkIn > today && today.daysTo(s.checkIn) > s.lead)
                continue;
            Row row;
            row.roomTypeId = rt.id;
            row.checkIn = s.checkIn;
            row.checkOut = s.checkOut;
            row.guests = partyFor(rt.maxOccupancy);
            row.segment = p.segments[s.segment].name;
            row.price = priceOf(typeRow, s.checkIn, s.checkOut);
            guestOf(row);
            row.createdAt = std::min(momentOn(s.checkIn.addDays(-s.lead), 7, 23), now.addSecs(-3600));
            const Room &room = typeRooms[s.room];
            if (s.checkIn < today) {
                row.roomId = room.id;
                row.checkedInAt = momentOn(s.checkIn, h.checkInTime.hour(), 23);
                if (s.checkOut < today) {
                    row.status = BookingStatus::Completed;
                    row.checkedOutAt = momentOn(s.checkOut, 7, h.checkOutTime.hour());
                } else if (s.checkOut == today && localNow >= QTime(9, 0) && departedOne && rng.bounded(3) == 0) {
                    // Some of this morning's departures are gone already: their rooms wait for housekeeping.
                    row.status = BookingStatus::Completed;
                    row.checkedOutAt = std::min(momentOn(today, 7, 9), now.addSecs(-60));
                    plan.housekeeping.insert(room.id, QStringLiteral("DIRTY"));
                } else {
                    if (s.checkOut == today)
                        departedOne = true;
                    plan.occupied.insert(room.id);
                    plan.housekeeping.insert(room.id, QStringLiteral("DIRTY"));
                }
                if (row.checkedOutAt.isValid() && row.checkedOutAt <= row.checkedInAt)
                    row.checkedOutAt = row.checkedInAt.addSecs(3600);
            }
            row.updatedAt = std::max(row.createdAt, std::max(row.checkedInAt, row.checkedOutAt));
            for (QDate d = s.checkIn; d < s.checkOut; d = d.addDays(1))
                ++plan.held[{rt.id, d}];
            plan.rows << row;

            // The bookings of the same demand that did not stay: cancelled (their nights back on sale) or, in
            // the past, not shown up.
            const auto &seg = p.segments[s.segment];
            double cancels = seg.cancelledPerStay;
            while (cancels > 0) {
                if (rng.generateDouble() >= std::min(1.0, cancels))
                    break;
                cancels -= 1.0;
                Row c;
                c.roomTypeId = rt.id;
                c.checkIn = s.checkIn.addDays(int(rng.bounded(7)) - 3);
                c.checkOut = c.checkIn.addDays(drawShare(rng, p.stayNightsShares) + 1);
                if (c.checkIn < from || c.checkOut > grid->to)
                    continue;
                const int lead = drawPercentile(rng, p.cancelledLeadTimePercentiles);
                c.createdAt = momentOn(c.checkIn.addDays(-lead), 7, 23);
                if (c.createdAt >= now.addSecs(-3600))
                    continue; // not yet booked
                c.guests = partyFor(rt.maxOccupancy);
                c.segment = seg.name;
                c.price = priceOf(typeRow, c.checkIn, c.checkOut);
                guestOf(c);
                c.status = BookingStatus::Cancelled;
                c.cancelReason = QString::fromUtf8(cancelReasons[rng.bounded(int(std::size(cancelReasons)))]);
                const QDateTime arrival = hotelTime(c.checkIn, h.checkInTime);
                const QDateTime last = std::min(arrival, now.addSecs(-120));
                c.cancelledAt = c.createdAt.addSecs(rng.bounded(std::max<qint64>(60, c.createdAt.secsTo(last))));
                const bool free = c.cancelledAt <= arrival.addSecs(-qint64(h.freeCancellationHours) * 3600);
                c.refund = free ? c.price.total : 0;
                c.updatedAt = c.cancelledAt;
                plan.rows << c;
            }
            if (s.checkIn < today && rng.generateDouble() < seg.noShowsPerStay) {
                Row ns = row;
                guestOf(ns);
                ns.roomId.reset();
                ns.checkedInAt = {};
                ns.checkedOutAt = {};
                ns.status = BookingStatus::Cancelled;
                ns.cancelReason = QStringLiteral("No-show");
                ns.refund = 0;
                ns.cancelledAt = momentOn(s.checkIn.addDays(1), 0, 2);
                ns.updatedAt = ns.cancelledAt;
                plan.rows << ns;
            }
        }
    }

    // Today's desk always has something to do: last night's no-show, and cancellations made this morning.
    QList<int> futureCancels;
    for (int i = 0; i < plan.rows.size(); ++i) {
        const Row &r = plan.rows[i];
        if (r.status == BookingStatus::Cancelled && r.cancelReason != QLatin1String("No-show") && r.checkIn > today &&
            r.createdAt < todayStart)
            futureCancels << i;
    }
    for (int k = 0; k < std::min<int>(3, futureCancels.size()); ++k) {
        Row &r = plan.rows[futureCancels[rng.bounded(int(futureCancels.size()))]];
        r.cancelledAt =
            std::max(todayStart, r.createdAt).addSecs(rng.bounded(std::max<qint64>(60, todayStart.secsTo(now) - 60)));
        r.cancelledAt = std::min(r.cancelledAt, now.addSecs(-60));
        const QDateTime arrival = hotelTime(r.checkIn, h.checkInTime);
        r.refund = r.cancelledAt <= arrival.addSecs(-qint64(h.freeCancellationHours) * 3600) ? r.price.total : 0;
        r.updatedAt = r.cancelledAt;
    }
    if (!grid->roomTypes.isEmpty()) {
        const RoomType &rt = grid->roomTypes.first();
        Row ns;
        ns.roomTypeId = rt.id;
        ns.checkIn = today.addDays(-1);
        ns.checkOut = today.addDays(1 + int(rng.bounded(3)));
        ns.guests = partyFor(rt.maxOccupancy);
        ns.segment = p.segments.first().name;
        ns.price = priceOf(0, ns.checkIn, ns.checkOut);
        guestOf(ns);
        ns.createdAt = momentOn(today.addDays(-1 - drawPercentile(rng, p.leadTimePercentiles)), 7, 23);
        ns.createdAt = std::min(ns.createdAt, todayStart.addSecs(-86400 - 3600));
        ns.status = BookingStatus::Cancelled;
        ns.cancelReason = QStringLiteral("No-show");
        ns.refund = 0;
        ns.cancelledAt = std::min(todayStart.addSecs(3600), now.addSecs(-60));
        ns.updatedAt = ns.cancelledAt;
        plan.rows << ns;
    }
    // Rooms nobody sleeps in tonight: mostly inspected and ready, some only cleaned; the ones under maintenance
    // are out of order.
    for (const Room &r : *rooms) {
        if (r.status == RoomStatus::Maintenance)
            plan.housekeeping.insert(r.id, QStringLiteral("OUT_OF_ORDER"));
        else if (!plan.housekeeping.contains(r.id))
            plan.housekeeping.insert(r.id, rng.bounded(3) == 0 ? QStringLiteral("CLEAN") : QStringLiteral("INSPECTED"));
    }
    return plan;
}

} // namespace

double DemandProfile::percentile(const QList<int> &table, double p) {
    if (table.isEmpty())
        return 0;
    const double pos = std::clamp(p, 0.0, 100.0) / 100.0 * double(table.size() - 1);
    const int lo = int(std::floor(pos));
    const int hi = std::min(int(table.size()) - 1, lo + 1);
    return table[lo] + (table[hi] - table[lo]) * (pos - lo);
}

Result<DemandProfile> DemandProfile::builtIn() {
    QFile file(QStringLiteral(":/data/demand-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        return BackendError::make(K::Internal, QStringLiteral("The demand profile is not built in."));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    DemandProfile p;
    p.source = o.value(QStringLiteral("source")).toString();
    p.leadTimePercentiles = intList(o.value(QStringLiteral("leadTimePercentiles")));
    p.cancelledLeadTimePercentiles = intList(o.value(QStringLiteral("cancelledLeadTimePercentiles")));
    p.stayNightsPercentiles = intList(o.value(QStringLiteral("stayNightsPercentiles")));
    p.stayNightsShares = sharesOf(o.value(QStringLiteral("stayNightsShares")).toObject());
    p.partySizeShares = sharesOf(o.value(QStringLiteral("partySizeShares")).toObject());
    const QJsonObject months = o.value(QStringLiteral("monthFactors")).toObject();
    for (int m = 1; m <= 12; ++m)
        p.monthFactors[m - 1] = months.value(QString::number(m)).toDouble(1.0);
    for (const QJsonValue &v : o.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject s = v.toObject();
        p.segments << Segment{s.value(QStringLiteral("name")).toString(),
                              s.value(QStringLiteral("stayShare")).toDouble(),
                              s.value(QStringLiteral("cancelledPerStay")).toDouble(),
                              s.value(QStringLiteral("noShowsPerStay")).toDouble()};
    }
    if (p.leadTimePercentiles.size() != 101 || p.cancelledLeadTimePercentiles.size() != 101 ||
        p.stayNightsShares.isEmpty() || p.partySizeShares.isEmpty() || p.segments.isEmpty())
        return BackendError::make(K::Internal, QStringLiteral("The built-in demand profile is incomplete."));
    return p;
}

Result<LivingDemoSummary> fillLivingDemo(Store &store, const DemandProfile &profile, const LivingDemoOptions &o) {
    if (o.pastDays < 1 || o.pastDays > 365)
        return BackendError::invalid(QStringLiteral("pastDays"), QStringLiteral("pastDays must be between 1 and 365"));
    if (o.futureDays < 1 || o.futureDays > 365)
        return BackendError::invalid(QStringLiteral("futureDays"),
                                     QStringLiteral("futureDays must be between 1 and 365"));
    const QDateTime now = o.now.isValid() ? o.now.toUTC() : store.now().toUTC();
    auto all = store.hotels(Actor::system());
    if (!all)
        return all.error();
    const bool pg = store.config().isPostgres();
    Writer writer(store.database(), pg);
    LivingDemoSummary summary;
    QSet<QString> codes;
    QList<HotelPlan> plans;
    int index = 0;
    for (const Hotel &h : *all) {
        ++index;
        if (!o.hotels.isEmpty() && !o.hotels.contains(h.id))
            continue;
        BookingFilter any;
        any.hotelId = h.id;
        any.limit = 1;
        auto existing = store.bookings(Actor::system(), any);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            ++summary.skippedHotels;
            continue;
        }
        QRandomGenerator rng(o.seed * 2654435761U + quint32(index));
        auto plan = planHotel(store, profile, h, o, now, rng);
        if (!plan)
            return plan.error();
        plans << plan.value();
    }

    QSqlDatabase db = store.database();
    if (!db.transaction())
        return BackendError::make(K::Unavailable, QStringLiteral("Cannot start the demo's transaction."),
                                  db.lastError().text());
    auto fail = [&db](const BackendError &e) -> Result<LivingDemoSummary> {
        db.rollback();
        return e;
    };
    // Bookings belong to a user who exists (a foreign key on PostgreSQL): the desk that took them, or a
    // desk account that cannot sign in (its hash is no Argon2 hash) when the database has no desk yet.
    qint64 booker = 0;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT id FROM users WHERE role IN ('frontdesk', 'admin') ORDER BY role = "
                                  "'admin', id LIMIT 1")) &&
            q.next())
            booker = q.value(0).toLongLong();
        else {
            QSqlQuery made(db);
            made.prepare(QStringLiteral("INSERT INTO users (email, name, password_hash, role, created_at) "
                                        "VALUES (?, ?, ?, ?, ?)"));
            made.addBindValue(QStringLiteral("demo-desk@hotel.invalid"));
            made.addBindValue(QStringLiteral("Demo front desk"));
            made.addBindValue(QStringLiteral("!"));
            made.addBindValue(QStringLiteral("frontdesk"));
            made.addBindValue(writer.stamp(QDateTime::currentDateTimeUtc()));
            if (!made.exec())
                return fail(BackendError::make(K::Unavailable, QStringLiteral("Cannot create the demo desk user."),
                                               made.lastError().text()));
            QSqlQuery id(db);
            if (id.exec(QStringLiteral("SELECT id FROM users WHERE email = 'demo-desk@hotel.invalid'")) && id.next())
                booker = id.value(0).toLongLong();
        }
    }
    QRandomGenerator codeRng(o.seed ^ 0x5eed);
    const QStringList columns = {
        QStringLiteral("confirmation_code"), QStringLiteral("user_id"),       QStringLiteral("hotel_id"),
        QStringLiteral("room_type_id"),      QStringLiteral("room_id"),       QStringLiteral("check_in_date"),
        QStringLiteral("check_out_date"),    QStringLiteral("nights"),        QStringLiteral("guest_name"),
        QStringLiteral("guest_email"),       QStringLiteral("guest_phone"),   QStringLiteral("number_of_guests"),
        QStringLiteral("room_price"),        QStringLiteral("taxes"),         QStringLiteral("fees"),
        QStringLiteral("total_price"),       QStringLiteral("currency"),      QStringLiteral("status"),
        QStringLiteral("cancel_reason"),     QStringLiteral("refund_amount"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"),        QStringLiteral("cancelled_at"),  QStringLiteral("checked_in_at"),
        QStringLiteral("checked_out_at"),    QStringLiteral("market_segment")};
    QList<QVariantList> rows;
    QList<QVariantList> counts;
    for (const HotelPlan &plan : std::as_const(plans)) {
        ++summary.hotels;
        for (const Row &r : plan.rows) {
            const bool holds = r.status != BookingStatus::Cancelled;
            summary.stays += holds ? 1 : 0;
            summary.cancelled += holds ? 0 : 1;
            summary.noShows += r.cancelReason == QLatin1String("No-show") ? 1 : 0;
            if (holds && r.checkIn == plan.today && !r.checkedInAt.isValid())
                ++summary.arrivalsToday;
            if (r.checkedInAt.isValid() && !r.checkedOutAt.isValid()) {
                ++summary.inHouse;
                summary.departuresToday += r.checkOut == plan.today ? 1 : 0;
            }
            rows << QVariantList{demoCode(codeRng, codes),
                                 booker,
                                 plan.hotel.id,
                                 r.roomTypeId,
                                 r.roomId ? QVariant(*r.roomId) : QVariant(),
                                 writer.date(r.checkIn),
                                 writer.date(r.checkOut),
                                 int(r.checkIn.daysTo(r.checkOut)),
                                 r.guestName,
                                 r.guestEmail,
                                 r.guestPhone,
                                 r.guests,
                                 writer.money(r.price.room),
                                 writer.money(r.price.taxes),
                                 writer.money(r.price.fees),
                                 writer.money(r.price.total),
                                 plan.hotel.currency,
                                 bookingStatusName(r.status),
                                 r.cancelReason.isEmpty() ? QStringLiteral("") : r.cancelReason, // NOT NULL
                                 r.refund ? writer.money(*r.refund) : QVariant(),
                                 writer.stamp(r.createdAt),
                                 writer.stamp(r.updatedAt),
                                 writer.stamp(r.cancelledAt),
                                 writer.stamp(r.checkedInAt),
                                 writer.stamp(r.checkedOutAt),
                                 r.segment};
        }
        for (auto it = plan.held.constBegin(); it != plan.held.constEnd(); ++it)
            counts << QVariantList{it.key().first, writer.date(it.key().second), it.value()};
    }
    summary.bookings = int(rows.size());
    if (auto r = writer.insertRows(QStringLiteral("bookings"), columns, rows); !r)
        return fail(r.error());
    // The nights' counts rise by exactly the stays placed on them, through a scratch table and one UPDATE: the
    // CHECK constraint sees every row it guards.
    if (auto r = writer.exec(pg ? QStringLiteral("CREATE TEMP TABLE demo_held (room_type_id bigint, date date, n "
                                                 "integer) ON COMMIT DROP")
                                : QStringLiteral("CREATE TEMP TABLE demo_held (room_type_id INTEGER, date TEXT, n "
                                                 "INTEGER)"),
                             {});
        !r)
        return fail(r.error());
    if (auto r =
            writer.insertRows(QStringLiteral("demo_held"),
                              {QStringLiteral("room_type_id"), QStringLiteral("date"), QStringLiteral("n")}, counts);
        !r)
        return fail(r.error());
    if (auto r =
            writer.exec(QStringLiteral("UPDATE room_inventory SET booked_rooms = booked_rooms + h.n FROM demo_held h "
                                       "WHERE room_inventory.room_type_id = h.room_type_id AND "
                                       "room_inventory.date = h.date"),
                        {});
        !r)
        return fail(r.error());
    if (!pg)
        if (auto r = writer.exec(QStringLiteral("DROP TABLE demo_held"), {}); !r)
            return fail(r.error());
    // Rooms: who sleeps where tonight, and what housekeeping has left to do.
    QList<QVariantList> roomStates;
    for (const HotelPlan &plan : std::as_const(plans))
        for (auto it = plan.housekeeping.constBegin(); it != plan.housekeeping.constEnd(); ++it)
            roomStates << QVariantList{it.key(), it.value(), plan.occupied.contains(it.key()) ? 1 : 0};
    if (auto r =
            writer.exec(pg ? QStringLiteral("CREATE TEMP TABLE demo_rooms (id bigint, housekeeping text, occupied "
                                            "integer) ON COMMIT DROP")
                           : QStringLiteral("CREATE TEMP TABLE demo_rooms (id INTEGER, housekeeping TEXT, occupied "
                                            "INTEGER)"),
                        {});
        !r)
        return fail(r.error());
    if (auto r = writer.insertRows(QStringLiteral("demo_rooms"),
                                   {QStringLiteral("id"), QStringLiteral("housekeeping"), QStringLiteral("occupied")},
                                   roomStates);
        !r)
        return fail(r.error());
    if (auto r = writer.exec(QStringLiteral("UPDATE rooms SET housekeeping = x.housekeeping, status = CASE WHEN "
                                            "x.occupied = 1 THEN 'OCCUPIED' ELSE rooms.status END FROM demo_rooms x "
                                            "WHERE rooms.id = x.id"),
                             {});
        !r)
        return fail(r.error());
    if (!pg)
        if (auto r = writer.exec(QStringLiteral("DROP TABLE demo_rooms"), {}); !r)
            return fail(r.error());
    for (const HotelPlan &plan : std::as_const(plans))
        if (auto r = writer.exec(QStringLiteral("UPDATE hotel_changes SET counter = counter + 1 WHERE hotel_id = ?"),
                                 {plan.hotel.id});
            !r)
            return fail(r.error());
    if (!db.commit())
        return fail(BackendError::make(K::Unavailable, QStringLiteral("The demo bookings could not be committed."),
                                       db.lastError().text()));
    return summary;
}

Result<LivingDemoSummary> seedLivingDemo(Store &store, SeedOptions seedOptions, const LivingDemoOptions &options,
                                         SeedSummary *seededSummary) {
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : store.now().toUTC();
    // Two days more than the past window: every time zone's today lies within a day of UTC's.
    seedOptions.from = now.date().addDays(-options.pastDays - 2);
    seedOptions.days = std::max(seedOptions.days, options.pastDays + 2 + 365);
    auto seeded = seedDemoData(store, seedOptions);
    if (!seeded)
        return seeded.error();
    if (seededSummary)
        *seededSummary = seeded.value();
    auto profile = DemandProfile::builtIn();
    if (!profile)
        return profile.error();
    LivingDemoOptions o = options;
    o.now = now;
    return fillLivingDemo(store, profile.value(), o);
}

} // namespace hotel
