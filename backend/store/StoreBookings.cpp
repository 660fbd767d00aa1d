// Bookings and the inventory they hold: read, create, modify, cancel. Every write: one transaction; the booking
// row (if any) first, then the room_inventory rows ORDER BY room_type_id, date (DESIGN.md 3, StoreLocks.cpp);
// the CHECK constraint backs every count. What a stay costs and when it may be cancelled is domain/Policy.h.
#include "domain/Policy.h"
#include "domain/Validation.h"
#include "store/Store.h"
#include "store/StorePricingPrivate.h" // issue 9: stay restrictions
#include "store/StorePrivate.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

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

} // namespace

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

// The locked nights of the type, priced by the one rule the dialogs quote with (policy::priceStay).
static policy::StayPrice price(const Hotel &h, const QList<LockedNight> &nights, RoomTypeId roomTypeId) {
    Money room = 0;
    int count = 0;
    for (const auto &n : nights)
        if (n.roomTypeId == roomTypeId) {
            room += n.price;
            ++count;
        }
    return policy::priceStay(h, room, count);
}

// A stay whose total the bookings table cannot hold (numeric(12,2)) is refused, naming the stay's length.
static std::optional<BackendError> storable(const policy::StayPrice &p, const QString &currency) {
    if (p.total <= limits::maxStoredMoney)
        return std::nullopt;
    return BackendError::invalid(QStringLiteral("checkOutDate"),
                                 storeTr("This stay would cost more than %1 %2, the most one booking can hold: book "
                                         "fewer nights.")
                                     .arg(formatMoney(limits::maxStoredMoney), currency));
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
    } else if (!actor.isGlobalAdmin() && !f.userId) {
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
        if (actor.isStaff() && actor.userId != *f.userId && !actor.isGlobalAdmin())
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
    if (!actor.mayCreateBooking(request.hotelId))
        return BackendError::make(K::Forbidden, actor.isStaff()
                                                    ? storeTr("Your role cannot create bookings at this hotel.")
                                                    : storeTr("You cannot create bookings."));
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
    if (auto e = validation::stay(request.checkIn, request.checkOut, policy::hotelToday(h, d->now())))
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
    // ---- revenue management (issue 9): a stay that breaks a restriction is refused (409 restricted), checked
    // before anything is locked so the hot path holds its row locks no longer.
    if (auto e = checkRestrictions(*d, request.roomTypeId, request.checkIn, request.checkOut))
        return *e;
    // ---- end of revenue management

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
            const policy::StayPrice p = price(h, locked.value(), request.roomTypeId);
            if (auto e = storable(p, h.currency))
                return *e;
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
    if (!policy::isModifiable(old))
        return BackendError::make(K::Conflict, old.isInHouse()
                                                   ? storeTr("The guest is in house: the stay cannot be changed here.")
                                                   : storeTr("Only pending or confirmed bookings can be changed."));
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
        const QDate today = policy::hotelToday(h, d->now());
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
    // ---- revenue management (issue 9): the changed stay keeps to the restrictions of its nights
    if (staysChange)
        if (auto e = checkRestrictions(*d, next.roomTypeId, next.checkIn, next.checkOut))
            return *e;
    // ---- end of revenue management

    auto done = inBookingTransaction(*d, id, [&](const Booking &b) -> VoidResult {
        if (b.status != old.status || b.checkIn != old.checkIn || b.checkOut != old.checkOut ||
            b.roomTypeId != old.roomTypeId)
            return BackendError::make(K::Conflict, storeTr("The booking was changed meanwhile; please reload it."));
        policy::StayPrice p{b.roomPrice, b.taxes, b.fees, b.totalPrice};
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
            if (auto e = storable(p, h.currency))
                return *e;
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
        return Unit{};
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
    if (!policy::mayTransition(old.status, BookingStatus::Cancelled))
        return BackendError::make(K::Conflict,
                                  storeTr("Only pending or confirmed bookings can be cancelled (this one is %1).")
                                      .arg(bookingStatusName(old.status)));
    if (old.isInHouse())
        return BackendError::make(K::Conflict, storeTr("The guest is in house: check them out instead."));
    auto hotelResult = hotel(old.hotelId);
    if (!hotelResult)
        return hotelResult.error();
    const Hotel h = hotelResult.value();
    const policy::CancellationTerms terms = policy::cancellationTerms(h, old, d->now());
    if (!terms.free && !(staffOverride && actor.mayActOnHotel(old.hotelId)))
        return BackendError::make(
            K::TooLateToCancel,
            storeTr("Free cancellation ended on %1 (hotel time). Ask the front desk.").arg(terms.deadlineText));
    const Money refund = terms.refund;
    auto done = inBookingTransaction(*d, id, [&](const Booking &b) -> VoidResult {
        if (!policy::isCancellable(b))
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
        return Unit{};
    });
    if (!done)
        return done.error();
    auto b = readBookingById(*d, id, false);
    if (!b)
        return b.error();
    return CancelResult{b.value(), refund};
}

} // namespace hotel
