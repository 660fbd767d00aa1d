#include "client/RestBackend.h"

#include "wire/Json.h"
#include "wire/Requests.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRest, "hotel.backend.rest")

namespace hotel {

namespace {
template <typename T> QFuture<Result<T>> ready(Result<T> r) {
    QPromise<Result<T>> p;
    p.start();
    p.addResult(std::move(r));
    p.finish();
    return p.future();
}
} // namespace

RestBackend::RestBackend(QUrl baseUrl, QObject *parent, int timeoutMs)
    : Backend(parent)
    , m_base(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
    , m_poll(new QTimer(this)) {
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &RestBackend::pollChanges);
}

RestBackend::~RestBackend() = default;

QString RestBackend::describe() const {
    return tr("Booking server %1").arg(m_base.toString(QUrl::RemoveUserInfo));
}

template <typename T>
QFuture<Result<T>> RestBackend::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                                     std::function<Result<T>(const QJsonObject &)> parse,
                                     const QByteArray &idempotencyKey) {
    QUrl url = m_base;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_session && !m_session->accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session->accessToken.toUtf8());
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    const QByteArray payload = body.isEmpty() && (method == "GET" || method == "DELETE")
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *buffer = new QBuffer;
    buffer->setData(payload);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, parse] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        Result<T> result = BackendError{};
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            const BackendError e =
                BackendError::make(timedOut ? BackendError::Kind::Timeout : BackendError::Kind::Unavailable,
                                   timedOut ? tr("The booking server did not answer in time.")
                                            : tr("The booking server cannot be reached: %1").arg(reply->errorString()),
                                   reply->errorString());
            qCWarning(lcRest) << "request failed:" << reply->url().path() << reply->errorString();
            if (m_state != ConnectionState::Reconnecting) {
                m_state = ConnectionState::Reconnecting;
                Q_EMIT connectionStateChanged(m_state, e.userMessage);
            }
            result = e;
        } else {
            if (m_state != ConnectionState::Connected) {
                m_state = ConnectionState::Connected;
                Q_EMIT connectionStateChanged(m_state, {});
            }
            const QJsonObject o = QJsonDocument::fromJson(data).object();
            result = status >= 200 && status < 300 ? parse(o) : Result<T>(json::errorFrom(o, status));
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<Session>> RestBackend::signIn(const QString &email, const QString &password) {
    return call<Session>("POST", QStringLiteral("/api/v1/auth/token"), json::toJson(json::Credentials{email, password}),
                         [this](const QJsonObject &o) -> Result<Session> {
                             Session s;
                             s.user = json::userFrom(o.value(json::key::user).toObject());
                             s.accessToken = o.value(json::key::accessToken).toString();
                             s.expiresAt =
                                 QDateTime::currentDateTimeUtc().addSecs(o.value(json::key::expiresIn).toInt());
                             m_session = s; // runs on this object's thread (the reply's finished signal)
                             return s;
                         });
}

void RestBackend::signOut() {
    m_session.reset();
    m_watched.clear();
    m_poll->stop();
}

QFuture<Result<SearchResult>> RestBackend::searchHotels(const SearchQuery &q) {
    const QUrlQuery query = json::toQuery(q);
    return call<SearchResult>("GET", QStringLiteral("/api/v1/hotels/search?") + query.toString(QUrl::FullyEncoded), {},
                              [](const QJsonObject &o) -> Result<SearchResult> { return json::searchResultFrom(o); });
}

QFuture<Result<Hotel>> RestBackend::hotel(HotelId id) {
    return call<Hotel>("GET", QStringLiteral("/api/v1/hotels/%1").arg(id), {},
                       [](const QJsonObject &o) -> Result<Hotel> { return json::hotelFrom(o); });
}

QFuture<Result<QList<Hotel>>> RestBackend::staffHotels() {
    return call<QList<Hotel>>("GET", QStringLiteral("/api/v1/hotels"), {},
                              [](const QJsonObject &o) -> Result<QList<Hotel>> {
                                  QList<Hotel> out;
                                  for (const auto &h : o.value(json::key::hotels).toArray())
                                      out << json::hotelFrom(h.toObject());
                                  return out;
                              });
}

QFuture<Result<QList<RoomType>>> RestBackend::roomTypes(HotelId hotelId) {
    return call<QList<RoomType>>("GET", QStringLiteral("/api/v1/hotels/%1/room-types").arg(hotelId), {},
                                 [](const QJsonObject &o) -> Result<QList<RoomType>> {
                                     QList<RoomType> out;
                                     for (const auto &t : o.value(json::key::roomTypes).toArray())
                                         out << json::roomTypeFrom(t.toObject());
                                     return out;
                                 });
}

QFuture<Result<Availability>> RestBackend::availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn,
                                                        QDate checkOut) {
    const QUrlQuery query = json::dateRangeQuery(json::param::checkIn, checkIn, json::param::checkOut, checkOut);
    return call<Availability>(
        "GET",
        QStringLiteral("/api/v1/hotels/%1/room-types/%2/availability?").arg(hotelId).arg(roomTypeId) +
            query.toString(QUrl::FullyEncoded),
        {}, [](const QJsonObject &o) -> Result<Availability> { return json::availabilityFrom(o); });
}

QFuture<Result<InventoryGrid>> RestBackend::inventory(HotelId hotelId, QDate from, QDate to) {
    // A hotel whose grid is on screen is watched for other desks' changes.
    if (!m_watched.contains(hotelId))
        m_watched.insert(hotelId, -1);
    if (!m_poll->isActive())
        m_poll->start();
    const QUrlQuery query = json::dateRangeQuery(json::param::from, from, json::param::to, to);
    return call<InventoryGrid>(
        "GET", QStringLiteral("/api/v1/hotels/%1/inventory?").arg(hotelId) + query.toString(QUrl::FullyEncoded), {},
        [](const QJsonObject &o) -> Result<InventoryGrid> { return json::inventoryFrom(o); });
}

QFuture<Result<QList<Room>>> RestBackend::rooms(HotelId hotelId) {
    return call<QList<Room>>("GET", QStringLiteral("/api/v1/hotels/%1/rooms").arg(hotelId), {},
                             [](const QJsonObject &o) -> Result<QList<Room>> {
                                 QList<Room> out;
                                 for (const auto &r : o.value(json::key::rooms).toArray())
                                     out << json::roomFrom(r.toObject());
                                 return out;
                             });
}

QFuture<Result<Booking>> RestBackend::createBooking(const NewBooking &request) {
    // A key per request, so that a POST retried after a lost answer never books twice.
    const QByteArray key = request.idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                                                            : request.idempotencyKey.toUtf8();
    return call<Booking>(
        "POST", QStringLiteral("/api/v1/bookings"), json::toJson(request),
        [](const QJsonObject &o) -> Result<Booking> { return json::bookingFrom(o); }, key);
}

QFuture<Result<Booking>> RestBackend::booking(BookingId id) {
    return call<Booking>("GET", QStringLiteral("/api/v1/bookings/%1").arg(id), {},
                         [](const QJsonObject &o) -> Result<Booking> { return json::bookingFrom(o); });
}

QFuture<Result<QList<Booking>>> RestBackend::bookings(const BookingFilter &filter) {
    // A guest's own list takes only ?status=; a hotel's the whole filter. The API filters by one status;
    // several are filtered here.
    BookingFilter sent = filter;
    if (!filter.hotelId) {
        sent.from.reset();
        sent.to.reset();
        sent.text.clear();
    }
    const QUrlQuery query = json::bookingFilterQuery(sent);
    const QString path = filter.hotelId ? QStringLiteral("/api/v1/hotels/%1/bookings").arg(*filter.hotelId)
                                        : QStringLiteral("/api/v1/users/me/bookings");
    const QList<BookingStatus> statuses = filter.statuses;
    return call<QList<Booking>>("GET", path + QStringLiteral("?") + query.toString(QUrl::FullyEncoded), {},
                                [statuses](const QJsonObject &o) -> Result<QList<Booking>> {
                                    QList<Booking> out;
                                    for (const auto &b : o.value(json::key::bookings).toArray()) {
                                        Booking booking = json::bookingFrom(b.toObject());
                                        if (statuses.isEmpty() || statuses.contains(booking.status))
                                            out << booking;
                                    }
                                    return out;
                                });
}

QFuture<Result<Booking>> RestBackend::modifyBooking(BookingId id, const BookingChange &change) {
    return call<Booking>("PATCH", QStringLiteral("/api/v1/bookings/%1").arg(id), json::toJson(change),
                         [](const QJsonObject &o) -> Result<Booking> { return json::bookingFrom(o); });
}

QFuture<Result<CancelResult>> RestBackend::cancelBooking(BookingId id, const QString &reason, bool staffOverride) {
    return call<CancelResult>(
        "POST", QStringLiteral("/api/v1/bookings/%1/cancel").arg(id),
        json::toJson(json::Cancellation{reason, staffOverride}), [](const QJsonObject &o) -> Result<CancelResult> {
            return CancelResult{json::bookingFrom(o.value(json::key::booking).toObject()),
                                parseMoney(o.value(json::key::refundAmount).toString()).value_or(0)};
        });
}

QFuture<Result<Booking>> RestBackend::checkIn(BookingId id, RoomId roomId) {
    return call<Booking>("POST", QStringLiteral("/api/v1/bookings/%1/check-in").arg(id), json::checkInRoomJson(roomId),
                         [](const QJsonObject &o) -> Result<Booking> { return json::bookingFrom(o); });
}

QFuture<Result<Booking>> RestBackend::checkOut(BookingId id) {
    return call<Booking>("POST", QStringLiteral("/api/v1/bookings/%1/check-out").arg(id), {},
                         [](const QJsonObject &o) -> Result<Booking> { return json::bookingFrom(o); });
}

QFuture<Result<Room>> RestBackend::setRoomStatus(HotelId hotelId, RoomId roomId, RoomStatus status) {
    return call<Room>("PUT", QStringLiteral("/api/v1/hotels/%1/rooms/%2").arg(hotelId).arg(roomId),
                      json::roomStatusJson(status),
                      [](const QJsonObject &o) -> Result<Room> { return json::roomFrom(o); });
}

QFuture<VoidResult> RestBackend::setPrices(HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices) {
    return call<Unit>("PUT", QStringLiteral("/api/v1/hotels/%1/room-types/%2/prices").arg(hotelId).arg(roomTypeId),
                      json::pricesJson(prices), [](const QJsonObject &) -> VoidResult { return Unit{}; });
}

QFuture<VoidResult> RestBackend::blockRooms(HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count) {
    if (count == 0)
        return ready<Unit>(BackendError::invalid(json::key::count, tr("count must be a non-zero number of rooms.")));
    return call<Unit>(count > 0 ? "POST" : "DELETE",
                      QStringLiteral("/api/v1/hotels/%1/room-types/%2/blocks").arg(hotelId).arg(roomTypeId),
                      json::toJson(json::RoomBlock{from, to, std::abs(count)}),
                      [](const QJsonObject &) -> VoidResult { return Unit{}; });
}

void RestBackend::pollChanges() {
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        const HotelId id = it.key();
        call<qint64>("GET", QStringLiteral("/api/v1/hotels/%1/changes").arg(id), {},
                     [](const QJsonObject &o) -> Result<qint64> { return o.value(json::key::counter).toInteger(); })
            .then(this, [this, id](const Result<qint64> &r) {
                if (!r || !m_watched.contains(id))
                    return;
                const qint64 before = m_watched.value(id);
                m_watched[id] = r.value();
                if (before >= 0 && before != r.value())
                    Q_EMIT hotelChanged(id);
            });
    }
}

} // namespace hotel
