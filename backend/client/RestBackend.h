#pragma once

#include "client/Backend.h"

#include <QJsonObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace hotel {

// The Backend over hotel-server's REST API (Qt Network). The token from signIn is kept in memory only (the
// portal stores secrets in the keychain). Every request has a transfer timeout; a server that is down or slow
// answers Unavailable or Timeout quickly instead of hanging. Another desk's change is noticed by polling the
// hotel's change counter every two seconds for the hotels whose grid was asked for.
class RestBackend final : public Backend {
    Q_OBJECT
public:
    explicit RestBackend(QUrl baseUrl, QObject *parent = nullptr, int timeoutMs = 10000);
    ~RestBackend() override;

    Kind kind() const override { return Kind::Rest; }
    QString describe() const override;

    QFuture<Result<Session>> signIn(const QString &email, const QString &password) override;
    std::optional<Session> session() const override { return m_session; }
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

private:
    template <typename T>
    QFuture<Result<T>> call(const QByteArray &method, const QString &path, const QJsonObject &body,
                            std::function<Result<T>(const QJsonObject &)> parse, const QByteArray &idempotencyKey = {});
    void pollChanges();

    QUrl m_base;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
    QTimer *m_poll;
    std::optional<Session> m_session;
    QHash<HotelId, qint64> m_watched; // hotel -> last change counter seen
    ConnectionState m_state = ConnectionState::Connected;
};

} // namespace hotel
