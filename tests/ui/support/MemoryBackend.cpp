#include "MemoryBackend.h"

#include <QPromise>
#include <QTimer>
#include <memory>

namespace hotel::test {

MemoryBackend::MemoryBackend(QObject *parent)
    : Backend(parent) {}

template <typename T> QFuture<T> MemoryBackend::later(T value) {
    ++m_calls;
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QTimer::singleShot(0, this, [promise, value = std::move(value)]() mutable {
        promise->addResult(std::move(value));
        promise->finish();
    });
    return future;
}

std::optional<BackendError> MemoryBackend::gate(bool needsSession) const {
    if (m_offline)
        return BackendError::make(BackendError::Kind::Unavailable, tr("The database cannot be reached."),
                                  m_offlineMessage);
    if (needsSession && !m_session)
        return BackendError::make(BackendError::Kind::Unauthenticated, tr("Please sign in."));
    return std::nullopt;
}

void MemoryBackend::seed(int hotelCount, int roomTypesPerHotel) {
    static const char *cities[] = {"Lisbon", "Seoul", "Oslo", "Porto", "Busan", "Vienna"};
    static const char *typeNames[] = {"Standard Double", "Deluxe King",  "Twin Room", "Family Suite",
                                      "Single Economy",  "Junior Suite", "Penthouse"};
    RoomTypeId nextType = 1;
    RoomId nextRoom = 1;
    for (int h = 0; h < hotelCount; ++h) {
        Hotel hotel;
        hotel.id = h + 1;
        hotel.city = QString::fromLatin1(cities[h % 6]);
        hotel.name = QStringLiteral("Harbour View %1").arg(hotel.city);
        hotel.address = QStringLiteral("%1 Main Street").arg(10 + h);
        hotel.currency = QStringLiteral("EUR");
        hotel.timeZone = "Europe/Lisbon";
        hotel.feePerNight = 250;
        m_hotels.append(hotel);
        for (int t = 0; t < roomTypesPerHotel; ++t) {
            RoomType type;
            type.id = nextType++;
            type.hotelId = hotel.id;
            type.name = roomTypesPerHotel <= 7
                            ? QString::fromLatin1(typeNames[t])
                            : QStringLiteral("%1 %2").arg(QString::fromLatin1(typeNames[t % 7])).arg(t / 7 + 1);
            type.maxOccupancy = 2 + t % 3;
            type.totalRooms = 4 + (t * 3) % 17;
            type.basePrice = 8900 + t * 2500;
            type.currency = hotel.currency;
            m_roomTypes.append(type);
            for (int r = 0; r < type.totalRooms; ++r) {
                Room room;
                room.id = nextRoom++;
                room.roomTypeId = type.id;
                room.hotelId = hotel.id;
                room.floor = 1 + t;
                room.roomNumber = QString::number(room.floor * 100 + r + 1);
                m_rooms.append(room);
            }
        }
    }
}

void MemoryBackend::addUser(const User &user, const QString &password) {
    m_users.append({user, password});
}

void MemoryBackend::setSignedIn(const User &user) {
    m_session = Session{user, {}, {}};
}

void MemoryBackend::setOffline(bool offline, const QString &message) {
    m_offline = offline;
    m_offlineMessage = message;
    Q_EMIT connectionStateChanged(offline ? ConnectionState::Disconnected : ConnectionState::Connected, message);
}

const RoomType *MemoryBackend::roomTypeById(RoomTypeId id) const {
    for (const RoomType &t : m_roomTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

InventoryNight &MemoryBackend::nightRef(RoomTypeId roomTypeId, QDate date) {
    auto it = m_inventory.find({roomTypeId, date});
    if (it == m_inventory.end()) {
        const RoomType *type = roomTypeById(roomTypeId);
        InventoryNight n;
        n.roomTypeId = roomTypeId;
        n.date = date;
        n.totalRooms = type ? type->totalRooms : 0;
        const bool weekend = date.dayOfWeek() >= Qt::Friday && date.dayOfWeek() <= Qt::Saturday;
        n.price = type ? type->basePrice + (weekend ? type->basePrice / 5 : 0) : 0;
        // Some texture: busier nights early and on weekends, so the colours mean something.
        const int seed = int((roomTypeId * 31 + date.toJulianDay() * 7) % 11);
        const qint64 ahead = QDate::currentDate().daysTo(date);
        n.bookedRooms = std::min(n.totalRooms, ahead < 60 ? (n.totalRooms * (seed + (weekend ? 5 : 0))) / 16 : 0);
        it = m_inventory.insert({roomTypeId, date}, n);
    }
    return it.value();
}

InventoryNight MemoryBackend::night(RoomTypeId roomTypeId, QDate date) const {
    return const_cast<MemoryBackend *>(this)->nightRef(roomTypeId, date);
}

void MemoryBackend::bookElsewhere(RoomTypeId roomTypeId, QDate date, int rooms) {
    nightRef(roomTypeId, date).bookedRooms += rooms;
    if (const RoomType *type = roomTypeById(roomTypeId))
        Q_EMIT hotelChanged(type->hotelId);
}

QFuture<Result<Session>> MemoryBackend::signIn(const QString &email, const QString &password) {
    if (auto error = gate(false))
        return later<Result<Session>>(*error);
    for (const auto &[user, secret] : std::as_const(m_users)) {
        if (user.email.compare(email, Qt::CaseInsensitive) == 0 && secret == password) {
            m_session = Session{user, {}, {}};
            return later<Result<Session>>(*m_session);
        }
    }
    return later<Result<Session>>(
        BackendError::make(BackendError::Kind::Unauthenticated, tr("The e-mail or password is not right.")));
}

QFuture<Result<SearchResult>> MemoryBackend::searchHotels(const SearchQuery &) {
    return later<Result<SearchResult>>(SearchResult{});
}

QFuture<Result<Hotel>> MemoryBackend::hotel(HotelId id) {
    for (const Hotel &h : std::as_const(m_hotels))
        if (h.id == id)
            return later<Result<Hotel>>(h);
    return later<Result<Hotel>>(BackendError::make(BackendError::Kind::NotFound, tr("No such hotel.")));
}

QFuture<Result<QList<Hotel>>> MemoryBackend::staffHotels() {
    if (auto error = gate())
        return later<Result<QList<Hotel>>>(*error);
    const Actor actor = m_session->user.actor();
    QList<Hotel> result;
    for (const Hotel &h : std::as_const(m_hotels))
        if (actor.mayActOnHotel(h.id))
            result.append(h);
    return later<Result<QList<Hotel>>>(result);
}

QFuture<Result<QList<RoomType>>> MemoryBackend::roomTypes(HotelId hotelId) {
    if (auto error = gate())
        return later<Result<QList<RoomType>>>(*error);
    QList<RoomType> result;
    for (const RoomType &t : std::as_const(m_roomTypes))
        if (t.hotelId == hotelId)
            result.append(t);
    return later<Result<QList<RoomType>>>(result);
}

QFuture<Result<Availability>> MemoryBackend::availability(HotelId, RoomTypeId roomTypeId, QDate checkIn,
                                                          QDate checkOut) {
    if (auto error = gate())
        return later<Result<Availability>>(*error);
    const RoomType *type = roomTypeById(roomTypeId);
    if (!type)
        return later<Result<Availability>>(BackendError::make(BackendError::Kind::NotFound, tr("No such room type.")));
    Availability a;
    a.roomType = *type;
    for (QDate d = checkIn; d < checkOut; d = d.addDays(1)) {
        const InventoryNight &n = nightRef(roomTypeId, d);
        a.nights.append({d, n.available(), n.price});
        a.totalPrice += n.price;
    }
    return later<Result<Availability>>(a);
}

QFuture<Result<InventoryGrid>> MemoryBackend::inventory(HotelId hotelId, QDate from, QDate to) {
    if (auto error = gate())
        return later<Result<InventoryGrid>>(*error);
    InventoryGrid grid;
    grid.hotelId = hotelId;
    grid.from = from;
    grid.to = to;
    for (const RoomType &t : std::as_const(m_roomTypes))
        if (t.hotelId == hotelId)
            grid.roomTypes.append(t);
    grid.nights.reserve(grid.roomTypes.size() * grid.days());
    for (const RoomType &t : std::as_const(grid.roomTypes))
        for (QDate d = from; d < to; d = d.addDays(1))
            grid.nights.append(nightRef(t.id, d));
    return later<Result<InventoryGrid>>(grid);
}

QFuture<Result<QList<Room>>> MemoryBackend::rooms(HotelId hotelId) {
    QList<Room> result;
    for (const Room &r : std::as_const(m_rooms))
        if (r.hotelId == hotelId)
            result.append(r);
    return later<Result<QList<Room>>>(result);
}

QFuture<Result<Booking>> MemoryBackend::createBooking(const NewBooking &request) {
    if (auto error = gate())
        return later<Result<Booking>>(*error);
    if (m_refuseNextBooking) {
        const BackendError error = *m_refuseNextBooking;
        m_refuseNextBooking.reset();
        return later<Result<Booking>>(error);
    }
    if (request.guestName.trimmed().isEmpty())
        return later<Result<Booking>>(BackendError::invalid(QStringLiteral("guestName"), tr("Enter a guest name.")));
    const RoomType *type = roomTypeById(request.roomTypeId);
    if (!type || request.checkOut <= request.checkIn)
        return later<Result<Booking>>(BackendError::invalid(QStringLiteral("checkOut"), tr("Bad stay.")));
    for (const Booking &b : std::as_const(m_bookings))
        if (!request.idempotencyKey.isEmpty() && b.idempotencyKey == request.idempotencyKey)
            return later<Result<Booking>>(b);
    for (QDate d = request.checkIn; d < request.checkOut; d = d.addDays(1))
        if (nightRef(type->id, d).available() <= 0)
            return later<Result<Booking>>(BackendError::make(
                BackendError::Kind::NoAvailability, tr("%1 is sold out on %2.").arg(type->name, d.toString())));
    Booking b;
    b.id = m_bookings.size() + 1;
    b.confirmationCode = QStringLiteral("TST-%1").arg(b.id, 3, 10, QLatin1Char('0'));
    b.hotelId = request.hotelId;
    b.roomTypeId = request.roomTypeId;
    b.checkIn = request.checkIn;
    b.checkOut = request.checkOut;
    b.nights = nightsBetween(b.checkIn, b.checkOut);
    b.guestName = request.guestName;
    b.guestEmail = request.guestEmail;
    b.guestPhone = request.guestPhone;
    b.numberOfGuests = request.numberOfGuests;
    b.idempotencyKey = request.idempotencyKey;
    for (QDate d = request.checkIn; d < request.checkOut; d = d.addDays(1)) {
        InventoryNight &n = nightRef(type->id, d);
        ++n.bookedRooms;
        b.roomPrice += n.price;
    }
    b.totalPrice = b.roomPrice;
    b.currency = type->currency;
    m_bookings.append(b);
    Q_EMIT hotelChanged(b.hotelId);
    return later<Result<Booking>>(b);
}

QFuture<Result<Booking>> MemoryBackend::booking(BookingId id) {
    for (const Booking &b : std::as_const(m_bookings))
        if (b.id == id)
            return later<Result<Booking>>(b);
    return later<Result<Booking>>(BackendError::make(BackendError::Kind::NotFound, tr("No such booking.")));
}

QFuture<Result<QList<Booking>>> MemoryBackend::bookings(const BookingFilter &) {
    return later<Result<QList<Booking>>>(m_bookings);
}

QFuture<Result<Booking>> MemoryBackend::modifyBooking(BookingId, const BookingChange &) {
    return later<Result<Booking>>(BackendError::make(BackendError::Kind::Internal, tr("Not supported here.")));
}

QFuture<Result<CancelResult>> MemoryBackend::cancelBooking(BookingId, const QString &, bool) {
    return later<Result<CancelResult>>(BackendError::make(BackendError::Kind::Internal, tr("Not supported here.")));
}

QFuture<Result<Booking>> MemoryBackend::checkIn(BookingId, RoomId) {
    return later<Result<Booking>>(BackendError::make(BackendError::Kind::Internal, tr("Not supported here.")));
}

QFuture<Result<Booking>> MemoryBackend::checkOut(BookingId) {
    return later<Result<Booking>>(BackendError::make(BackendError::Kind::Internal, tr("Not supported here.")));
}

QFuture<Result<Room>> MemoryBackend::setRoomStatus(HotelId, RoomId, RoomStatus) {
    return later<Result<Room>>(BackendError::make(BackendError::Kind::Internal, tr("Not supported here.")));
}

QFuture<VoidResult> MemoryBackend::setPrices(HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices) {
    if (auto error = gate())
        return later<VoidResult>(*error);
    for (const NightPrice &p : prices)
        nightRef(roomTypeId, p.date).price = p.price;
    Q_EMIT hotelChanged(hotelId);
    return later<VoidResult>(Unit{});
}

QFuture<VoidResult> MemoryBackend::blockRooms(HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count) {
    if (auto error = gate())
        return later<VoidResult>(*error);
    for (QDate d = from; d < to; d = d.addDays(1)) {
        const InventoryNight &n = nightRef(roomTypeId, d);
        if (n.blockedRooms + count < 0 || n.available() - count < 0)
            return later<VoidResult>(
                BackendError::make(BackendError::Kind::Conflict, tr("Not enough rooms on %1.").arg(d.toString())));
    }
    for (QDate d = from; d < to; d = d.addDays(1))
        nightRef(roomTypeId, d).blockedRooms += count;
    Q_EMIT hotelChanged(hotelId);
    return later<VoidResult>(Unit{});
}

} // namespace hotel::test
