#pragma once

#include "client/Backend.h"

#include <QHash>
#include <QMap>

namespace hotel::test {

// An in-memory Backend for the portal's widget tests, previews and benchmarks: answers asynchronously (on the
// next event-loop turn, as the real backends do), keeps real inventory counts so a booking changes the grid,
// and can be told to refuse or to lose its connection.
class MemoryBackend final : public Backend {
    Q_OBJECT
public:
    explicit MemoryBackend(QObject *parent = nullptr);

    // A plausible catalogue: `hotels` hotels with `roomTypesPerHotel` room types each, inventory from today.
    void seed(int hotels, int roomTypesPerHotel);
    void addUser(const User &user, const QString &password);
    void setSignedIn(const User &user); // skip sign-in
    void setOffline(bool offline, const QString &message = {});
    void refuseNextBooking(const BackendError &error) { m_refuseNextBooking = error; }
    // Simulates another desk's booking: takes `rooms` off the night and emits hotelChanged.
    void bookElsewhere(RoomTypeId roomTypeId, QDate night, int rooms);
    InventoryNight night(RoomTypeId roomTypeId, QDate date) const;
    QList<Booking> allBookings() const { return m_bookings; }
    int callCount() const { return m_calls; }

    Kind kind() const override { return Kind::Demo; }
    QString describe() const override { return tr("Test data in memory"); }
    QFuture<Result<Session>> signIn(const QString &email, const QString &password) override;
    std::optional<Session> session() const override { return m_session; }
    void signOut() override { m_session.reset(); }
    QFuture<Result<SearchResult>> searchHotels(const SearchQuery &query) override;
    QFuture<Result<Hotel>> hotel(HotelId id) override;
    QFuture<Result<QList<Hotel>>> staffHotels() override;
    QFuture<Result<QList<RoomType>>> roomTypes(HotelId hotelId) override;
    QFuture<Result<Availability>> availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn,
                                               QDate checkOut) override;
    QFuture<Result<InventoryGrid>> inventory(HotelId hotelId, QDate from, QDate to) override;
    QFuture<Result<QList<Room>>> rooms(HotelId hotelId) override;
    QFuture<Result<Booking>> createBooking(const NewBooking &request) override;
    QFuture<Result<Booking>> booking(BookingId id) override;
    QFuture<Result<QList<Booking>>> bookings(const BookingFilter &filter) override;
    QFuture<Result<Booking>> modifyBooking(BookingId id, const BookingChange &change) override;
    QFuture<Result<CancelResult>> cancelBooking(BookingId id, const QString &reason, bool staffOverride) override;
    QFuture<Result<Booking>> checkIn(BookingId id, RoomId roomId) override;
    QFuture<Result<Booking>> checkOut(BookingId id) override;
    QFuture<Result<Room>> setRoomStatus(HotelId hotelId, RoomId roomId, RoomStatus status) override;
    QFuture<VoidResult> setPrices(HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices) override;
    QFuture<VoidResult> blockRooms(HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count) override;

    QList<Hotel> hotelsData() const { return m_hotels; }
    QList<RoomType> roomTypesData() const { return m_roomTypes; }

private:
    template <typename T> QFuture<T> later(T value);
    std::optional<BackendError> gate(bool needsSession = true) const;
    const RoomType *roomTypeById(RoomTypeId id) const;
    InventoryNight &nightRef(RoomTypeId roomTypeId, QDate date);

    QList<Hotel> m_hotels;
    QList<RoomType> m_roomTypes;
    QList<Room> m_rooms;
    QList<Booking> m_bookings;
    QMap<QPair<RoomTypeId, QDate>, InventoryNight> m_inventory;
    QList<QPair<User, QString>> m_users;
    std::optional<Session> m_session;
    std::optional<BackendError> m_refuseNextBooking;
    bool m_offline = false;
    QString m_offlineMessage;
    int m_calls = 0;
};

} // namespace hotel::test
