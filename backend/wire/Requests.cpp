#include "wire/Requests.h"

#include "wire/Json.h"
#include "wire/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <tuple>

namespace hotel::json {

namespace {

// The server's context: these messages were the Api's before they moved here.
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::Api", text);
}

bool isWholeNumber(const QJsonValue &v, double min, double max) {
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && v.toDouble() >= min && v.toDouble() <= max;
}

// A number in the query string: absent is fine; `assign` gets it when present and well formed.
template <typename Assign>
std::optional<BackendError> numberParam(const QUrlQuery &query, const QString &k, bool integer, Assign &&assign) {
    if (!query.hasQueryItem(k))
        return std::nullopt;
    bool ok = false;
    const double v = query.queryItemValue(k).toDouble(&ok);
    if (!ok || !std::isfinite(v) || (integer && v != std::floor(v)) || std::abs(v) > 1e9)
        return BackendError::invalid(k, tr("%1 must be a number.").arg(k));
    assign(v);
    return std::nullopt;
}

} // namespace

Result<QJsonObject> bodyObject(const QByteArray &body) {
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return BackendError::invalid(
            key::body, tr("The body is not valid JSON: %1 at offset %2.").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return BackendError::invalid(key::body, tr("The body must be a JSON object."));
    return doc.object();
}

Result<Credentials> credentialsFrom(const QJsonObject &o) {
    for (const QString &k : {key::email, key::password})
        if (!o.value(k).isString())
            return BackendError::invalid(k, tr("%1 is required (a string).").arg(k));
    return Credentials{o.value(key::email).toString(), o.value(key::password).toString()};
}

Result<NewUser> registrationFrom(const QJsonObject &o) {
    auto credentials = credentialsFrom(o);
    if (!credentials)
        return credentials.error();
    if (o.contains(key::name) && !o.value(key::name).isString())
        return BackendError::invalid(key::name, tr("name must be a string."));
    return NewUser{credentials->email, credentials->password, o.value(key::name).toString(), Role::Guest, {}};
}

Result<Cancellation> cancellationFrom(const QJsonObject &o) {
    const QJsonValue reason = o.value(key::reason);
    if (!reason.isUndefined() && !reason.isString())
        return BackendError::invalid(key::reason, tr("reason must be a string."));
    return Cancellation{reason.toString(), o.value(key::staffOverride).toBool(false)};
}

Result<RoomId> checkInRoomFrom(const QJsonObject &o) {
    const QJsonValue room = o.value(key::roomId);
    if (!room.isDouble() || room.toDouble() < 1 || room.toDouble() != std::floor(room.toDouble()))
        return BackendError::invalid(key::roomId, tr("roomId must be a room id."));
    return RoomId(room.toDouble());
}

Result<RoomStatus> roomStatusFrom(const QJsonObject &o) {
    const auto status = roomStatusFromName(o.value(key::status).toString());
    if (!status)
        return BackendError::invalid(key::status, tr("status must be AVAILABLE or MAINTENANCE."));
    return *status;
}

Result<RoomBlock> roomBlockFrom(const QJsonObject &o) {
    RoomBlock block;
    for (auto [k, target] : {std::pair{key::from, &block.from}, std::pair{key::to, &block.to}}) {
        auto d = dateParam(k, o.value(k).toString());
        if (!d)
            return d.error();
        *target = d.value();
    }
    const QJsonValue count = o.value(key::count);
    if (!isWholeNumber(count, 1, 10000))
        return BackendError::invalid(key::count, tr("count must be a whole number of rooms from 1 to 10000."));
    block.count = int(count.toDouble());
    return block;
}

Result<QDate> requiredDateParam(const QUrlQuery &query, const QString &k) {
    if (!query.hasQueryItem(k))
        return BackendError::invalid(k, tr("%1 is required.").arg(k));
    return dateParam(k, query.queryItemValue(k, QUrl::FullyDecoded));
}

Result<std::pair<QDate, QDate>> requiredDateParams(const QUrlQuery &query, const QString &first,
                                                   const QString &second) {
    auto a = requiredDateParam(query, first);
    if (!a)
        return a.error();
    auto b = requiredDateParam(query, second);
    if (!b)
        return b.error();
    return std::pair{a.value(), b.value()};
}

Result<SearchQuery> searchQueryFrom(const QUrlQuery &query) {
    SearchQuery q;
    q.city = query.queryItemValue(param::city, QUrl::FullyDecoded);
    auto stay = requiredDateParams(query, param::checkIn, param::checkOut);
    if (!stay)
        return stay.error();
    std::tie(q.checkIn, q.checkOut) = stay.value();
    for (auto e : {numberParam(query, param::guests, true, [&](double x) { q.guests = int(x); }),
                   numberParam(query, param::limit, true, [&](double x) { q.limit = int(x); }),
                   numberParam(query, param::offset, true, [&](double x) { q.offset = int(x); }),
                   numberParam(query, param::minStars, true, [&](double x) { q.minStars = int(x); }),
                   numberParam(query, param::lat, false, [&](double x) { q.latitude = x; }),
                   numberParam(query, param::lon, false, [&](double x) { q.longitude = x; }),
                   numberParam(query, param::radiusKm, false, [&](double x) { q.radiusKm = x; })})
        if (e)
            return *e;
    for (auto [k, target] : {std::pair{param::minPrice, &q.minPrice}, std::pair{param::maxPrice, &q.maxPrice}}) {
        if (!query.hasQueryItem(k))
            continue;
        auto money = parseMoney(query.queryItemValue(k));
        if (!money)
            return BackendError::invalid(k, tr("%1 must be a price such as 150.00.").arg(k));
        *target = *money;
    }
    q.text = query.queryItemValue(param::q, QUrl::FullyDecoded);
    const QString sort = query.queryItemValue(param::sort);
    if (sort == QLatin1String("rating"))
        q.sort = SearchSort::Rating;
    else if (sort == QLatin1String("distance"))
        q.sort = SearchSort::Distance;
    else if (!sort.isEmpty() && sort != QLatin1String("price"))
        return BackendError::invalid(param::sort, tr("sort must be price, rating or distance."));
    return q;
}

Result<std::optional<BookingStatus>> statusParam(const QUrlQuery &query) {
    if (!query.hasQueryItem(param::status))
        return std::optional<BookingStatus>();
    auto s = bookingStatusFromName(query.queryItemValue(param::status));
    if (!s)
        return BackendError::invalid(param::status, tr("status must be PENDING, CONFIRMED, CANCELLED or COMPLETED."));
    return s;
}

Result<BookingFilter> hotelBookingFilterFrom(const QUrlQuery &query, HotelId hotelId) {
    BookingFilter f;
    f.hotelId = hotelId;
    for (auto [k, target] : {std::pair{param::from, &f.from}, std::pair{param::to, &f.to}}) {
        if (!query.hasQueryItem(k))
            continue;
        auto d = dateParam(k, query.queryItemValue(k));
        if (!d)
            return d.error();
        *target = d.value();
    }
    auto status = statusParam(query);
    if (!status)
        return status.error();
    if (status.value())
        f.statuses << *status.value();
    f.text = query.queryItemValue(param::q, QUrl::FullyDecoded);
    return f;
}

// ---- the client's side ----------------------------------------------------------------------------------------

QJsonObject toJson(const Credentials &c) {
    return {{key::email, c.email}, {key::password, c.password}};
}

QJsonObject toJson(const Cancellation &c) {
    return {{key::reason, c.reason}, {key::staffOverride, c.staffOverride}};
}

QJsonObject checkInRoomJson(RoomId roomId) {
    return {{key::roomId, roomId}};
}

QJsonObject roomStatusJson(RoomStatus status) {
    return {{key::status, roomStatusName(status)}};
}

QJsonObject toJson(const RoomBlock &b) {
    return {{key::from, iso(b.from)}, {key::to, iso(b.to)}, {key::count, b.count}};
}

QJsonObject pricesJson(const QList<NightPrice> &prices) {
    QJsonArray items;
    for (const auto &p : prices)
        items.append(QJsonObject{{key::date, iso(p.date)}, {key::price, money(p.price)}});
    return {{key::prices, items}};
}

QUrlQuery toQuery(const SearchQuery &q) {
    QUrlQuery query;
    if (!q.city.isEmpty())
        query.addQueryItem(param::city, q.city);
    query.addQueryItem(param::checkIn, iso(q.checkIn));
    query.addQueryItem(param::checkOut, iso(q.checkOut));
    query.addQueryItem(param::guests, QString::number(q.guests));
    if (q.latitude)
        query.addQueryItem(param::lat, QString::number(*q.latitude, 'f', 6));
    if (q.longitude)
        query.addQueryItem(param::lon, QString::number(*q.longitude, 'f', 6));
    if (q.radiusKm)
        query.addQueryItem(param::radiusKm, QString::number(*q.radiusKm));
    if (q.minStars)
        query.addQueryItem(param::minStars, QString::number(*q.minStars));
    if (q.minPrice)
        query.addQueryItem(param::minPrice, formatMoney(*q.minPrice));
    if (q.maxPrice)
        query.addQueryItem(param::maxPrice, formatMoney(*q.maxPrice));
    if (!q.text.isEmpty())
        query.addQueryItem(param::q, q.text);
    query.addQueryItem(param::sort, q.sort == SearchSort::Rating     ? QStringLiteral("rating")
                                    : q.sort == SearchSort::Distance ? QStringLiteral("distance")
                                                                     : QStringLiteral("price"));
    query.addQueryItem(param::limit, QString::number(q.limit));
    query.addQueryItem(param::offset, QString::number(q.offset));
    return query;
}

QUrlQuery dateRangeQuery(const QString &first, QDate a, const QString &second, QDate b) {
    QUrlQuery query;
    query.addQueryItem(first, iso(a));
    query.addQueryItem(second, iso(b));
    return query;
}

QUrlQuery bookingFilterQuery(const BookingFilter &f) {
    QUrlQuery query;
    if (f.from)
        query.addQueryItem(param::from, iso(*f.from));
    if (f.to)
        query.addQueryItem(param::to, iso(*f.to));
    if (!f.text.isEmpty())
        query.addQueryItem(param::q, f.text);
    if (f.statuses.size() == 1)
        query.addQueryItem(param::status, bookingStatusName(f.statuses.first()));
    return query;
}

} // namespace hotel::json
