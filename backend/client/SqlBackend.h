#pragma once

#include "client/Backend.h"
#include "domain/DbConfig.h"

#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

namespace hotel {

class Store;

// The Backend over the SQL store: PostgreSQL directly, or the offline demo's SQLite file. Every call runs on a
// worker thread that owns its own connection (DESIGN.md 7); the caller gets a QFuture at once.
class SqlBackend final : public Backend {
    Q_OBJECT
public:
    struct Options {
        Kind kind = Kind::Postgres; // Demo: acts as the demo administrator without signing in
        int workers = 0;            // 0: 1 for SQLite (one writer anyway), 3 for PostgreSQL
        // Runs once on the first worker after migrating, before any call is answered (the demo fills its
        // database here on first start).
        std::function<VoidResult(Store &)> prepare;
        std::function<QDateTime()> clock; // tests
    };

    SqlBackend(const DbConfig &config, Options options, QObject *parent = nullptr);
    ~SqlBackend() override;

    Kind kind() const override;
    QString describe() const override;

    QFuture<Result<Session>> signIn(const QString &email, const QString &password) override;
    std::optional<Session> session() const override;
    void signOut() override;

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

    class Worker;

private:
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Store &, const Actor &)> job, HotelId changes = 0);
    Actor actor() const;
    void reportConnection(bool ok, const QString &message); // from workers, queued to this thread

    DbConfig m_config;
    Options m_options;
    std::optional<Session> m_session;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<unsigned> m_next{0};
    ConnectionState m_state = ConnectionState::Connected;
};

} // namespace hotel
