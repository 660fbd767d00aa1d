// Bookings and the inventory they hold. Every write: one transaction; the booking row (if any) first, then the
// room_inventory rows ORDER BY room_type_id, date (DESIGN.md 3); the CHECK constraint backs every count.
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePrivate.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace hotel {

using K = BackendError::Kind;

namespace {

QString newConfirmationCode() {
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    QString code;
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 9; ++i) {
        if (i == 3 || i == 6)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
    }
    return code;
}

QString requestHash(const NewBooking &r) {
    const QString canonical = QStringList{QString::number(r.hotelId),
                                          QString::number(r.roomTypeId),
                                          r.checkIn.toString(Qt::ISODate),
                                          r.checkOut.toString(Qt::ISODate),
                                          r.guestName,
                                          r.guestEmail,
                                          r.guestPhone,
                                          QString::number(r.numberOfGuests)}
                                  .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct LockedNight {
    RoomTypeId roomTypeId;
    QDate date;
    int available;
    Money price;
};

} // namespace

// ---- helpers local to this file, on Private ----

static Result<QList<LockedNight>> lockNights(Store::Private &d, RoomTypeId a, QDate aFrom, QDate aTo, RoomTypeId b = 0,
                                             QDate bFrom = {}, QDate bTo = {}) {
    const QString lock = d.pg() ? QStringLiteral(" FOR UPDATE") : QString();
    const QString cols =
        QStringLiteral("SELECT room_type_id, date, total_rooms + overbooking_allowance - booked_rooms - "
                       "blocked_rooms, %1 FROM room_inventory WHERE ")
            .arg(d.priceCents(QStringLiteral("price")));
    Result<QSqlQuery *> r =
        b == 0
            ? d.exec(cols + QStringLiteral("room_type_id = ? AND date >= ? AND date < ? ORDER BY room_type_id, date") +
                         lock,
                     {a, d.date(aFrom), d.date(aTo)})
            : d.exec(
                  cols +
                      QStringLiteral("(room_type_id = ? AND date >= ? AND date < ?) OR (room_type_id = ? AND date >= ? "
                                     "AND date < ?) ORDER BY room_type_id, date") +
                      lock,
                  {a, d.date(aFrom), d.date(aTo), b, d.date(bFrom), d.date(bTo)});
    if (!r)
        return r.error();
    QList<LockedNight> out;
    while (r.value()->next())
        out << LockedNight{r.value()->value(0).toLongLong(), r.value()->value(1).toDate(), r.value()->value(2).toInt(),
                           r.value()->value(3).toLongLong()};
    r.value()->finish();
    return out;
}

static VoidResult shiftBooked(Store::Private &d, RoomTypeId roomTypeId, QDate from, QDate to, int delta) {
    auto r = d.exec(QStringLiteral("UPDATE room_inventory SET booked_rooms = booked_rooms + ? WHERE room_type_id = ? "
                                   "AND date >= ? AND date < ?"),
                    {delta, roomTypeId, d.date(from), d.date(to)});
    if (!r)
        return r.error();
    return Unit{};
}

static Result<Booking> readBookingById(Store::Private &d, BookingId id, bool forUpdate) {
    const QString lock = forUpdate && d.pg() ? QStringLiteral(" FOR UPDATE OF b") : QString();
    auto r = d.exec(QLatin1String(bookingSelect) + QStringLiteral(" WHERE b.id = ?") + lock, {id});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError::make(K::NotFound, storeTr("Booking %1 does not exist.").arg(id));
    Booking b = readBooking(*r.value(), d);
    r.value()->finish();
    return b;
}

// Guests see only their own bookings (another's is "not found", so ids leak nothing); staff their hotels.
static std::optional<BackendError> checkAccess(const Actor &actor, const Booking &b, BookingId id) {
    if (actor.isStaff()) {
        if (actor.mayActOnHotel(b.hotelId) || b.userId == actor.userId)
            return std::nullopt;
        return BackendError::make(K::Forbidden, storeTr("You are not staff of the hotel of this booking."));
    }
    if (b.userId != actor.userId)
        return BackendError::make(K::NotFound, storeTr("Booking %1 does not exist.").arg(id));
    return std::nullopt;
}

// The room type belongs to the hotel and sleeps the guests; its name, for messages.
static Result<QString> roomTypeFits(Store::Private &d, HotelId hotelId, RoomTypeId roomTypeId, int guests) {
    auto known = d.typeFacts.constFind(roomTypeId);
    if (known == d.typeFacts.constEnd()) {
        auto q =
            d.exec(QStringLiteral("SELECT hotel_id, name, max_occupancy FROM room_types WHERE id = ?"), {roomTypeId});
        if (!q)
            return q.error();
        if (q.value()->next()) {
            if (d.typeFacts.size() > 100000)
                d.typeFacts.clear();
            known = d.typeFacts.insert(roomTypeId, Store::Private::TypeFacts{q.value()->value(0).toLongLong(),
                                                                             q.value()->value(1).toString(),
                                                                             q.value()->value(2).toInt()});
        }
        q.value()->finish();
    }
    if (known == d.typeFacts.constEnd() || known->hotelId != hotelId)
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in this hotel.").arg(roomTypeId),
                            {},
                            QStringLiteral("roomTypeId")};
    const QString name = known->name;
    const int maxOccupancy = known->maxOccupancy;
    if (guests > maxOccupancy)
        return BackendError::invalid(QStringLiteral("numberOfGuests"),
                                     storeTr("%1 sleeps at most %2 guests.").arg(name).arg(maxOccupancy));
    return name;
}

struct Pricing {
    Money room = 0, taxes = 0, fees = 0, total = 0;
};

static Pricing price(const Hotel &h, const QList<LockedNight> &nights, RoomTypeId roomTypeId) {
    Pricing p;
    int count = 0;
    for (const auto &n : nights)
        if (n.roomTypeId == roomTypeId) {
            p.room += n.price;
            ++count;
        }
    p.taxes = (p.room * h.taxRateBasisPoints + 5000) / 10000; // half up, in integers
    p.fees = h.feePerNight * count;
    p.total = p.room + p.taxes + p.fees;
    return p;
}

// Every night of [from, to) of the type is present and has a room left, or the first that doesn't is named.
static std::optional<BackendError> checkNights(const QList<LockedNight> &nights, RoomTypeId roomTypeId, QDate from,
                                               QDate to, const QString &roomTypeName, int needed = 1) {
    QHash<QDate, int> available;
    for (const auto &n : nights)
        if (n.roomTypeId == roomTypeId)
            available.insert(n.date, n.available);
    for (QDate day = from; day < to; day = day.addDays(1)) {
        const auto it = available.constFind(day);
        if (it == available.constEnd())
            return BackendError::make(K::NoAvailability,
                                      storeTr("%1 is not on sale on %2.").arg(roomTypeName, day.toString(Qt::ISODate)));
        if (it.value() < needed)
            return BackendError::make(
                K::NoAvailability, storeTr("No rooms left on %1 for %2.").arg(day.toString(Qt::ISODate), roomTypeName));
    }
    return std::nullopt;
}

Result<Booking> Store::booking(const Actor &actor, BookingId id) {
    auto b = readBookingById(*d, id, false);
    if (!b)
        return b.error();
    if (auto e = checkAccess(actor, b.value(), id))
        return *e;
    return b;
}

Result<QList<Booking>> Store::bookings(const Actor &actor, const BookingFilter &f) {
    QStringList where;
    QVariantList args;
    if (!actor.isStaff()) {
        where << QStringLiteral("b.user_id = ?");
        args << actor.userId;
    } else if (f.hotelId) {
        if (!actor.mayActOnHotel(*f.hotelId))
            return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    } else if (!(actor.role == Role::Admin && actor.hotelIds.isEmpty()) && !f.userId) {
        if (actor.hotelIds.isEmpty())
            return QList<Booking>{};
        QStringList marks;
        for (HotelId id : actor.hotelIds) {
            marks << QStringLiteral("?");
            args << id;
        }
        where << QStringLiteral("b.hotel_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.userId) {
        if (actor.isStaff() && actor.userId != *f.userId && !(actor.role == Role::Admin && actor.hotelIds.isEmpty()))
            return BackendError::make(K::Forbidden, storeTr("Only administrators can list another user's bookings."));
        where << QStringLiteral("b.user_id = ?");
        args << *f.userId;
    }
    if (f.hotelId) {
        where << QStringLiteral("b.hotel_id = ?");
        args << *f.hotelId;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (BookingStatus s : f.statuses) {
            marks << QStringLiteral("?");
            args << bookingStatusName(s);
        }
        where << QStringLiteral("b.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.from) {
        where << QStringLiteral("b.check_out_date > ?");
        args << d->date(*f.from);
    }
    if (f.to) {
        where << QStringLiteral("b.check_in_date < ?");
        args << d->date(*f.to);
    }
    if (!f.text.trimmed().isEmpty()) {
        if (auto e = validation::text(QStringLiteral("q"), f.text, false, 100))
            return *e;
        QString pattern = f.text.trimmed().toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where << QStringLiteral("(lower(b.guest_name) LIKE ? ESCAPE '\\' OR lower(b.guest_email) LIKE ? ESCAPE '\\' OR "
                                "lower(b.confirmation_code) LIKE ? ESCAPE '\\')");
        args << pattern << pattern << pattern;
    }
    const int limit = std::clamp(f.limit, 1, 5000);
    const int offset = std::max(0, f.offset);
    QString sql = QLatin1String(bookingSelect);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY b.check_in_date, b.id LIMIT ? OFFSET ?");
    args << limit << offset;
    auto r = d->exec(sql, args);
    if (!r)
        return r.error();
    QList<Booking> out;
    while (r.value()->next())
        out << readBooking(*r.value(), *d);
    r.value()->finish();
    return out;
}

Result<Booking> Store::createBooking(const Actor &actor, const NewBooking &request) {
    if (auto e = validation::newBooking(request))
        return *e;
    auto known = d->hotelFacts.constFind(request.hotelId);
    if (known == d->hotelFacts.constEnd()) {
        auto hotelResult = hotel(request.hotelId);
        if (!hotelResult)
            return BackendError{
                hotelResult.error().kind, hotelResult.error().userMessage, {}, QStringLiteral("hotelId")};
        if (d->hotelFacts.size() > 100000)
            d->hotelFacts.clear();
        known = d->hotelFacts.insert(request.hotelId, hotelResult.value());
    }
    const Hotel h = *known;
    if (auto e = validation::stay(request.checkIn, request.checkOut, hotelToday(h, d->now())))
        return *e;
    auto fits = roomTypeFits(*d, request.hotelId, request.roomTypeId, request.numberOfGuests);
    if (!fits)
        return fits.error();
    const QString roomTypeName = fits.value();

    const QString hash = requestHash(request);
    auto existing = [&]() -> std::optional<Result<Booking>> {
        if (request.idempotencyKey.isEmpty())
            return std::nullopt;
        auto r =
            d->exec(QStringLiteral("SELECT id, request_hash FROM bookings WHERE user_id = ? AND idempotency_key = ?"),
                    {actor.userId, request.idempotencyKey});
        if (!r)
            return Result<Booking>(r.error());
        if (!r.value()->next())
            return std::nullopt;
        const BookingId id = r.value()->value(0).toLongLong();
        const bool same = r.value()->value(1).toString() == hash;
        r.value()->finish();
        if (!same)
            return Result<Booking>(
                BackendError{K::Conflict,
                             storeTr("This idempotency key was already used for a different booking request."),
                             {},
                             QStringLiteral("Idempotency-Key")});
        return readBookingById(*d, id, false);
    };
    if (auto first = existing())
        return *first;

    const int nights = nightsBetween(request.checkIn, request.checkOut);
    for (int attempt = 0; attempt < 6; ++attempt) {
        auto result = withRetry([&]() -> Result<Booking> {
            Transaction tx(*d);
            if (auto r = tx.begin(); !r)
                return r.error();
            auto locked = lockNights(*d, request.roomTypeId, request.checkIn, request.checkOut);
            if (!locked)
                return locked.error();
            if (auto e =
                    checkNights(locked.value(), request.roomTypeId, request.checkIn, request.checkOut, roomTypeName))
                return *e;
            const Pricing p = price(h, locked.value(), request.roomTypeId);
            if (auto r = shiftBooked(*d, request.roomTypeId, request.checkIn, request.checkOut, +1); !r)
                return r.error();
            const QDateTime now = d->now().toUTC();
            const QString code = newConfirmationCode();
            auto ins =
                d->exec(QStringLiteral(
                            "INSERT INTO bookings (confirmation_code, user_id, hotel_id, room_type_id, check_in_date, "
                            "check_out_date, nights, guest_name, guest_email, guest_phone, number_of_guests, "
                            "room_price, taxes, fees, total_price, currency, status, idempotency_key, request_hash, "
                            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                        {code,
                         actor.userId,
                         request.hotelId,
                         request.roomTypeId,
                         d->date(request.checkIn),
                         d->date(request.checkOut),
                         nights,
                         request.guestName.trimmed(),
                         request.guestEmail.trimmed(),
                         request.guestPhone.trimmed(),
                         request.numberOfGuests,
                         d->money(p.room),
                         d->money(p.taxes),
                         d->money(p.fees),
                         d->money(p.total),
                         h.currency,
                         bookingStatusName(BookingStatus::Confirmed),
                         request.idempotencyKey.isEmpty() ? QVariant() : QVariant(request.idempotencyKey),
                         hash,
                         d->timestamp(now),
                         d->timestamp(now)});
            if (!ins)
                return ins.error();
            ins.value()->next();
            const BookingId id = ins.value()->value(0).toLongLong();
            ins.value()->finish();
            if (auto r = d->bumpChanges(request.hotelId, request.checkIn, request.checkOut); !r)
                return r.error();
            if (auto r = tx.commit(); !r)
                return r.error();
            // The answer is what was just written: no read-back, one round trip fewer a booking.
            Booking b;
            b.id = id;
            b.confirmationCode = code;
            b.userId = actor.userId;
            b.hotelId = request.hotelId;
            b.roomTypeId = request.roomTypeId;
            b.checkIn = request.checkIn;
            b.checkOut = request.checkOut;
            b.nights = nights;
            b.guestName = request.guestName.trimmed();
            b.guestEmail = request.guestEmail.trimmed();
            b.guestPhone = request.guestPhone.trimmed();
            b.numberOfGuests = request.numberOfGuests;
            b.roomPrice = p.room;
            b.taxes = p.taxes;
            b.fees = p.fees;
            b.totalPrice = p.total;
            b.currency = h.currency;
            b.status = BookingStatus::Confirmed;
            b.idempotencyKey = request.idempotencyKey;
            b.createdAt = now;
            b.updatedAt = now;
            b.hotelName = h.name;
            b.roomTypeName = roomTypeName;
            return b;
        });
        if (result)
            return result.value();
        // A unique clash: either a concurrent request with the same idempotency key won (return its booking),
        // or the random confirmation code collided (try another).
        if (result.error().kind == K::Conflict && !Private::isRetryable(result.error())) {
            if (auto first = existing())
                return *first;
            continue;
        }
        return result.error();
    }
    return BackendError::make(K::Internal, storeTr("Could not allocate a confirmation code."));
}

Result<Booking> Store::modifyBooking(const Actor &actor, BookingId id, const BookingChange &change) {
    if (change.isEmpty())
        return BackendError::invalid(QStringLiteral("body"), storeTr("Nothing to change was given."));
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (old.status != BookingStatus::Confirmed && old.status != BookingStatus::Pending)
        return BackendError::make(K::Conflict, storeTr("Only pending or confirmed bookings can be changed."));
    NewBooking next{old.hotelId,
                    change.roomTypeId.value_or(old.roomTypeId),
                    change.checkIn.value_or(old.checkIn),
                    change.checkOut.value_or(old.checkOut),
                    change.guestName.value_or(old.guestName),
                    change.guestEmail.value_or(old.guestEmail),
                    change.guestPhone.value_or(old.guestPhone),
                    change.numberOfGuests.value_or(old.numberOfGuests),
                    {}};
    if (auto e = validation::newBooking(next))
        return *e;
    auto hotelResult = hotel(old.hotelId);
    if (!hotelResult)
        return hotelResult.error();
    const Hotel h = hotelResult.value();
    const bool staysChange =
        next.checkIn != old.checkIn || next.checkOut != old.checkOut || next.roomTypeId != old.roomTypeId;
    if (staysChange && old.isInHouse() && (next.checkIn != old.checkIn || next.roomTypeId != old.roomTypeId))
        return BackendError::make(K::Conflict, storeTr("The guest is in house: only the check-out date can change."));
    if (staysChange) {
        const QDate today = hotelToday(h, d->now());
        if (next.checkIn != old.checkIn || !old.isInHouse()) {
            if (auto e = validation::stay(next.checkIn, next.checkOut, today))
                return *e;
        } else if (next.checkOut <= today) {
            return BackendError::invalid(QStringLiteral("checkOutDate"), storeTr("checkOutDate must be after today."));
        }
    }
    auto fits = roomTypeFits(*d, old.hotelId, next.roomTypeId, next.numberOfGuests);
    if (!fits)
        return fits.error();
    const QString roomTypeName = fits.value();

    auto done = withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = readBookingById(*d, id, true);
        if (!locked)
            return locked.error();
        const Booking b = locked.value();
        if (b.status != old.status || b.checkIn != old.checkIn || b.checkOut != old.checkOut ||
            b.roomTypeId != old.roomTypeId)
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        Pricing p{b.roomPrice, b.taxes, b.fees, b.totalPrice};
        if (staysChange) {
            Result<QList<LockedNight>> nights =
                b.roomTypeId == next.roomTypeId
                    ? lockNights(*d, b.roomTypeId, std::min(b.checkIn, next.checkIn),
                                 std::max(b.checkOut, next.checkOut))
                    : (b.roomTypeId < next.roomTypeId ? lockNights(*d, b.roomTypeId, b.checkIn, b.checkOut,
                                                                   next.roomTypeId, next.checkIn, next.checkOut)
                                                      : lockNights(*d, next.roomTypeId, next.checkIn, next.checkOut,
                                                                   b.roomTypeId, b.checkIn, b.checkOut));
            if (!nights)
                return nights.error();
            // The nights this booking already holds count as free for itself.
            QList<LockedNight> view = nights.value();
            for (auto &n : view)
                if (n.roomTypeId == b.roomTypeId && n.date >= b.checkIn && n.date < b.checkOut)
                    ++n.available;
            if (auto e = checkNights(view, next.roomTypeId, next.checkIn, next.checkOut, roomTypeName))
                return *e;
            QList<LockedNight> stay;
            for (const auto &n : view)
                if (n.roomTypeId == next.roomTypeId && n.date >= next.checkIn && n.date < next.checkOut)
                    stay << n;
            p = price(h, stay, next.roomTypeId);
            // Release first, then take: overlapping nights never pass through a state the CHECK would refuse.
            if (auto r = shiftBooked(*d, b.roomTypeId, b.checkIn, b.checkOut, -1); !r)
                return r.error();
            if (auto r = shiftBooked(*d, next.roomTypeId, next.checkIn, next.checkOut, +1); !r)
                return r.error();
        }
        auto up = d->exec(QStringLiteral("UPDATE bookings SET room_type_id = ?, check_in_date = ?, check_out_date = ?, "
                                         "nights = ?, guest_name = ?, guest_email = ?, guest_phone = ?, "
                                         "number_of_guests = ?, room_price = ?, taxes = ?, fees = ?, total_price = ?, "
                                         "updated_at = ? WHERE id = ?"),
                          {next.roomTypeId, d->date(next.checkIn), d->date(next.checkOut),
                           nightsBetween(next.checkIn, next.checkOut), next.guestName.trimmed(),
                           next.guestEmail.trimmed(), next.guestPhone.trimmed(), next.numberOfGuests, d->money(p.room),
                           d->money(p.taxes), d->money(p.fees), d->money(p.total), d->timestamp(d->now()), id});
        if (!up)
            return up.error();
        if (auto r = d->bumpChanges(b.hotelId, std::min(b.checkIn, next.checkIn), std::max(b.checkOut, next.checkOut));
            !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return readBookingById(*d, id, false);
}

Result<CancelResult> Store::cancelBooking(const Actor &actor, BookingId id, const QString &reason, bool staffOverride) {
    if (auto e = validation::text(QStringLiteral("reason"), reason, false, 500))
        return *e;
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (old.status != BookingStatus::Confirmed && old.status != BookingStatus::Pending)
        return BackendError::make(K::Conflict,
                                  storeTr("Only pending or confirmed bookings can be cancelled (this one is %1).")
                                      .arg(bookingStatusName(old.status)));
    if (old.isInHouse())
        return BackendError::make(K::Conflict, storeTr("The guest is in house: check them out instead."));
    auto hotelResult = hotel(old.hotelId);
    if (!hotelResult)
        return hotelResult.error();
    const Hotel h = hotelResult.value();
    // The deadline is a wall-clock time at the hotel: its check-in time on the arrival date, in its own zone.
    const QTimeZone zone(h.timeZone);
    const QDateTime arrival(old.checkIn, h.checkInTime, zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime deadline = arrival.addSecs(-qint64(h.freeCancellationHours) * 3600);
    Money refund = old.totalPrice;
    if (d->now() > deadline) {
        if (!(staffOverride && actor.mayActOnHotel(old.hotelId)))
            return BackendError::make(K::TooLateToCancel,
                                      storeTr("Free cancellation ended on %1 (hotel time). Ask the front desk.")
                                          .arg(deadline.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        refund = 0;
    }
    auto done = withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = readBookingById(*d, id, true);
        if (!locked)
            return locked.error();
        const Booking b = locked.value();
        if (!(b.status == BookingStatus::Confirmed || b.status == BookingStatus::Pending) || b.isInHouse())
            return BackendError::make(K::Conflict,
                                      storeTr("The booking was changed meanwhile; it can no longer be cancelled."));
        auto nights = lockNights(*d, b.roomTypeId, b.checkIn, b.checkOut);
        if (!nights)
            return nights.error();
        if (auto r = shiftBooked(*d, b.roomTypeId, b.checkIn, b.checkOut, -1); !r)
            return r.error();
        const QDateTime now = d->now();
        auto up = d->exec(QStringLiteral("UPDATE bookings SET status = ?, cancel_reason = ?, refund_amount = ?, "
                                         "cancelled_at = ?, updated_at = ? WHERE id = ?"),
                          {bookingStatusName(BookingStatus::Cancelled), reason.trimmed(), d->money(refund),
                           d->timestamp(now), d->timestamp(now), id});
        if (!up)
            return up.error();
        if (auto r = d->bumpChanges(b.hotelId, b.checkIn, b.checkOut); !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    auto b = readBookingById(*d, id, false);
    if (!b)
        return b.error();
    return CancelResult{b.value(), refund};
}

Result<Booking> Store::checkIn(const Actor &actor, BookingId id, RoomId roomId) {
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (!actor.mayActOnHotel(old.hotelId))
        return BackendError::make(K::Forbidden, storeTr("Only the hotel's staff can check guests in."));
    if (old.status != BookingStatus::Confirmed && old.status != BookingStatus::Pending)
        return BackendError::make(K::Conflict, storeTr("Only confirmed bookings can be checked in."));
    if (old.checkedInAt)
        return BackendError::make(K::Conflict, storeTr("The guest is already checked in."));
    auto h = hotel(old.hotelId);
    if (!h)
        return h.error();
    const QDate today = hotelToday(h.value(), d->now());
    if (today < old.checkIn)
        return BackendError::make(
            K::Conflict,
            storeTr("The stay starts on %1; check-in is not possible before.").arg(old.checkIn.toString(Qt::ISODate)));
    if (today >= old.checkOut)
        return BackendError::make(K::Conflict, storeTr("The stay has already ended."));
    auto done = withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = readBookingById(*d, id, true);
        if (!locked)
            return locked.error();
        if (locked->checkedInAt || locked->status != old.status)
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        auto room =
            d->exec(QStringLiteral("SELECT room_type_id, hotel_id, status, room_number FROM rooms WHERE id = ?") +
                        (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {roomId});
        if (!room)
            return room.error();
        if (!room.value()->next())
            return BackendError{
                K::NotFound, storeTr("Room %1 does not exist.").arg(roomId), {}, QStringLiteral("roomId")};
        const RoomTypeId type = room.value()->value(0).toLongLong();
        const HotelId hotelId = room.value()->value(1).toLongLong();
        const QString status = room.value()->value(2).toString();
        const QString number = room.value()->value(3).toString();
        room.value()->finish();
        if (hotelId != old.hotelId || type != old.roomTypeId)
            return BackendError::invalid(QStringLiteral("roomId"),
                                         storeTr("Room %1 is not of the booked room type.").arg(number));
        if (status != roomStatusName(RoomStatus::Available))
            return BackendError{K::Conflict,
                                status == roomStatusName(RoomStatus::Maintenance)
                                    ? storeTr("Room %1 is under maintenance.").arg(number)
                                    : storeTr("Room %1 is occupied.").arg(number),
                                {},
                                QStringLiteral("roomId")};
        if (auto r = d->exec(QStringLiteral("UPDATE rooms SET status = ? WHERE id = ?"),
                             {roomStatusName(RoomStatus::Occupied), roomId});
            !r)
            return r.error();
        const QDateTime now = d->now();
        if (auto r = d->exec(
                QStringLiteral("UPDATE bookings SET room_id = ?, status = ?, checked_in_at = ?, updated_at = ? "
                               "WHERE id = ?"),
                {roomId, bookingStatusName(BookingStatus::Confirmed), d->timestamp(now), d->timestamp(now), id});
            !r)
            return r.error();
        if (auto r = d->bumpChanges(old.hotelId); !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return readBookingById(*d, id, false);
}

Result<Booking> Store::checkOut(const Actor &actor, BookingId id) {
    auto current = booking(actor, id);
    if (!current)
        return current.error();
    const Booking old = current.value();
    if (!actor.mayActOnHotel(old.hotelId))
        return BackendError::make(K::Forbidden, storeTr("Only the hotel's staff can check guests out."));
    if (!old.isInHouse())
        return BackendError::make(K::Conflict, storeTr("The guest is not checked in."));
    auto done = withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = readBookingById(*d, id, true);
        if (!locked)
            return locked.error();
        if (!locked->isInHouse())
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        const QDateTime now = d->now();
        if (auto r = d->exec(
                QStringLiteral("UPDATE bookings SET status = ?, checked_out_at = ?, updated_at = ? WHERE id = ?"),
                {bookingStatusName(BookingStatus::Completed), d->timestamp(now), d->timestamp(now), id});
            !r)
            return r.error();
        if (locked->roomId)
            if (auto r = d->exec(
                    QStringLiteral("UPDATE rooms SET status = ? WHERE id = ? AND status = ?"),
                    {roomStatusName(RoomStatus::Available), *locked->roomId, roomStatusName(RoomStatus::Occupied)});
                !r)
                return r.error();
        if (auto r = d->bumpChanges(old.hotelId); !r)
            return r.error();
        return tx.commit();
    });
    if (!done)
        return done.error();
    return readBookingById(*d, id, false);
}

Result<Room> Store::setRoomStatus(const Actor &actor, RoomId roomId, RoomStatus status) {
    auto r =
        d->exec(QStringLiteral("SELECT id, room_type_id, hotel_id, room_number, floor, status, created_at FROM rooms "
                               "WHERE id = ?"),
                {roomId});
    if (!r)
        return r.error();
    if (!r.value()->next())
        return BackendError{K::NotFound, storeTr("Room %1 does not exist.").arg(roomId), {}, QStringLiteral("roomId")};
    const Room room = readRoom(*r.value(), 0, *d);
    r.value()->finish();
    if (!actor.mayActOnHotel(room.hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    if (status == RoomStatus::Occupied)
        return BackendError::invalid(QStringLiteral("status"),
                                     storeTr("A room becomes occupied only by checking a guest in."));
    if (room.status == RoomStatus::Occupied)
        return BackendError::make(K::Conflict,
                                  storeTr("Room %1 is occupied; check the guest out first.").arg(room.roomNumber));
    auto up = d->exec(QStringLiteral("UPDATE rooms SET status = ? WHERE id = ? AND status <> ?"),
                      {roomStatusName(status), roomId, roomStatusName(RoomStatus::Occupied)});
    if (!up)
        return up.error();
    if (up.value()->numRowsAffected() != 1)
        return BackendError::make(K::Conflict, storeTr("Room %1 was changed meanwhile.").arg(room.roomNumber));
    (void)d->bumpChanges(room.hotelId);
    Room out = room;
    out.status = status;
    return out;
}

VoidResult Store::setPrices(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                            const QList<NightPrice> &prices) {
    if (prices.isEmpty())
        return BackendError::invalid(QStringLiteral("prices"), storeTr("No prices were given."));
    if (prices.size() > limits::maxInventoryDays)
        return BackendError::invalid(QStringLiteral("prices"),
                                     storeTr("At most %1 nights per request.").arg(limits::maxInventoryDays));
    QSet<QDate> seen;
    QDate first, last;
    for (int i = 0; i < prices.size(); ++i) {
        const auto &p = prices[i];
        const QString field = QStringLiteral("prices[%1]").arg(i);
        if (!p.date.isValid())
            return BackendError::invalid(field + QStringLiteral(".date"),
                                         storeTr("%1.date must be a date.").arg(field));
        if (auto e = validation::price(field + QStringLiteral(".price"), p.price))
            return *e;
        if (seen.contains(p.date))
            return BackendError::invalid(field + QStringLiteral(".date"),
                                         storeTr("%1 appears twice.").arg(p.date.toString(Qt::ISODate)));
        seen.insert(p.date);
        if (!first.isValid() || p.date < first)
            first = p.date;
        if (!last.isValid() || p.date > last)
            last = p.date;
    }
    auto rt = d->exec(QStringLiteral("SELECT 1 FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    rt.value()->finish();
    if (!actor.mayEditPrices(hotelId))
        return BackendError::make(K::Forbidden,
                                  storeTr("Only revenue managers and administrators of this hotel can change prices."));
    return withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = lockNights(*d, roomTypeId, first, last.addDays(1));
        if (!locked)
            return locked.error();
        QSet<QDate> present;
        for (const auto &n : locked.value())
            present.insert(n.date);
        QList<NightPrice> sorted = prices;
        std::sort(sorted.begin(), sorted.end(),
                  [](const NightPrice &a, const NightPrice &b) { return a.date < b.date; });
        for (const auto &p : sorted) {
            if (!present.contains(p.date))
                return BackendError::invalid(QStringLiteral("prices"),
                                             storeTr("%1 is not on sale; prices can be set only for open nights.")
                                                 .arg(p.date.toString(Qt::ISODate)));
            if (auto r =
                    d->exec(QStringLiteral("UPDATE room_inventory SET price = ? WHERE room_type_id = ? AND date = ?"),
                            {d->money(p.price), roomTypeId, d->date(p.date)});
                !r)
                return r.error();
        }
        if (auto r = d->bumpChanges(hotelId, first, last.addDays(1)); !r)
            return r.error();
        return tx.commit();
    });
}

VoidResult Store::blockRooms(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to,
                             int count) {
    if (auto e =
            validation::dateRange(QStringLiteral("from"), from, QStringLiteral("to"), to, limits::maxInventoryDays))
        return *e;
    if (count == 0 || count > 10000 || count < -10000)
        return BackendError::invalid(QStringLiteral("count"), storeTr("count must be a non-zero number of rooms."));
    auto rt =
        d->exec(QStringLiteral("SELECT name FROM room_types WHERE id = ? AND hotel_id = ?"), {roomTypeId, hotelId});
    if (!rt)
        return rt.error();
    if (!rt.value()->next())
        return BackendError{K::NotFound,
                            storeTr("Room type %1 does not exist in hotel %2.").arg(roomTypeId).arg(hotelId),
                            {},
                            QStringLiteral("roomTypeId")};
    const QString name = rt.value()->value(0).toString();
    rt.value()->finish();
    if (!actor.mayActOnHotel(hotelId))
        return BackendError::make(K::Forbidden, storeTr("You are not staff of this hotel."));
    return withRetry([&]() -> VoidResult {
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked =
            d->exec(QStringLiteral("SELECT date, total_rooms + overbooking_allowance - booked_rooms - blocked_rooms, "
                                   "blocked_rooms FROM room_inventory WHERE room_type_id = ? AND date >= ? AND "
                                   "date < ? ORDER BY room_type_id, date") +
                        (d->pg() ? QStringLiteral(" FOR UPDATE") : QString()),
                    {roomTypeId, d->date(from), d->date(to)});
        if (!locked)
            return locked.error();
        int rows = 0;
        while (locked.value()->next()) {
            ++rows;
            const QDate day = locked.value()->value(0).toDate();
            const int available = locked.value()->value(1).toInt();
            const int blocked = locked.value()->value(2).toInt();
            if (count > 0 && available < count)
                return BackendError{K::NoAvailability,
                                    storeTr("Only %1 %2 rooms are free on %3; cannot block %4.")
                                        .arg(available)
                                        .arg(name, day.toString(Qt::ISODate))
                                        .arg(count),
                                    {},
                                    QStringLiteral("count")};
            if (count < 0 && blocked < -count)
                return BackendError::invalid(QStringLiteral("count"),
                                             storeTr("Only %1 rooms are blocked on %2; cannot unblock %3.")
                                                 .arg(blocked)
                                                 .arg(day.toString(Qt::ISODate))
                                                 .arg(-count));
        }
        locked.value()->finish();
        if (rows != from.daysTo(to))
            return BackendError::invalid(QStringLiteral("to"), storeTr("Some of these nights are not on sale yet."));
        if (auto r = d->exec(
                QStringLiteral("UPDATE room_inventory SET blocked_rooms = blocked_rooms + ? WHERE room_type_id = ? "
                               "AND date >= ? AND date < ?"),
                {count, roomTypeId, d->date(from), d->date(to)});
            !r)
            return r.error();
        if (auto r = d->bumpChanges(hotelId, from, to); !r)
            return r.error();
        return tx.commit();
    });
}

} // namespace hotel
