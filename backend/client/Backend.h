#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QFuture>
#include <QObject>

namespace hotel {

// The one interface the portal's models and views talk to (DESIGN.md 7). Every call returns at once; the
// future is fulfilled on a worker thread (SqlBackend) or from a network reply (RestBackend). Consumers attach
// `.then(this, ...)` so the continuation runs on their own thread, and drop stale answers by a request number.
// A backend acts as the signed-in user (the demo signs in as its admin at start).
//
// Implementations: SqlBackend (PostgreSQL or the SQLite demo), RestBackend (hotel-server); tests use a MemoryBackend.
class Backend : public QObject {
    Q_OBJECT
public:
    enum class Kind { Demo, Postgres, Rest };
    enum class ConnectionState { Connected, Reconnecting, Disconnected };
    Q_ENUM(ConnectionState)

    using QObject::QObject;
    ~Backend() override;

    virtual Kind kind() const = 0;
    virtual QString describe() const = 0; // "Offline demo", "PostgreSQL db@host:5432", "https://server" (no secrets)

    // Signs in; the session's user decides what the portal enables. SqlBackend checks the users table.
    virtual QFuture<Result<Session>> signIn(const QString &email, const QString &password) = 0;
    virtual std::optional<Session> session() const = 0;
    virtual void signOut() = 0;

    virtual QFuture<Result<SearchResult>> searchHotels(const SearchQuery &query) = 0;
    virtual QFuture<Result<Hotel>> hotel(HotelId id) = 0;
    virtual QFuture<Result<QList<Hotel>>> staffHotels() = 0; // the hotels the signed-in staff member may act on
    virtual QFuture<Result<QList<RoomType>>> roomTypes(HotelId hotelId) = 0;
    virtual QFuture<Result<Availability>> availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn,
                                                       QDate checkOut) = 0;
    virtual QFuture<Result<InventoryGrid>> inventory(HotelId hotelId, QDate from, QDate to) = 0;
    virtual QFuture<Result<QList<Room>>> rooms(HotelId hotelId) = 0;

    virtual QFuture<Result<Booking>> createBooking(const NewBooking &request) = 0;
    virtual QFuture<Result<Booking>> booking(BookingId id) = 0;
    virtual QFuture<Result<QList<Booking>>> bookings(const BookingFilter &filter) = 0;
    virtual QFuture<Result<Booking>> modifyBooking(BookingId id, const BookingChange &change) = 0;
    virtual QFuture<Result<CancelResult>> cancelBooking(BookingId id, const QString &reason, bool staffOverride) = 0;
    virtual QFuture<Result<Booking>> checkIn(BookingId id, RoomId roomId) = 0;
    virtual QFuture<Result<Booking>> checkOut(BookingId id) = 0;
    virtual QFuture<Result<Room>> setRoomStatus(HotelId hotelId, RoomId roomId, RoomStatus status) = 0;

    virtual QFuture<VoidResult> setPrices(HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices) = 0;
    virtual QFuture<VoidResult> blockRooms(HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count) = 0;

Q_SIGNALS:
    // Something about this hotel changed (here or at another desk): views showing it reload. Emitted on the
    // backend's (GUI) thread, within about two seconds of the change.
    void hotelChanged(hotel::HotelId hotelId);
    void connectionStateChanged(hotel::Backend::ConnectionState state, const QString &message);
};

} // namespace hotel
