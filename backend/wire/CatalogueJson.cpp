// Hotels, room types, rooms and users on the wire: each writer beside its reader.
#include "wire/Json.h"
#include "wire/JsonFields.h"

namespace hotel::json {

QJsonObject toJson(const Hotel &h) {
    return {{key::hotelId, h.id},
            {key::name, h.name},
            {key::description, h.description},
            {key::address, h.address},
            {key::city, h.city},
            {key::country, h.country},
            {key::location, QJsonObject{{key::latitude, h.latitude}, {key::longitude, h.longitude}}},
            {key::starRating, h.starRating},
            {key::amenities, QJsonArray::fromStringList(h.amenities)},
            {key::images, QJsonArray::fromStringList(h.images)},
            {key::checkInTime, h.checkInTime.toString(QStringLiteral("HH:mm"))},
            {key::checkOutTime, h.checkOutTime.toString(QStringLiteral("HH:mm"))},
            {key::cancellationPolicy, QJsonObject{{key::freeCancellationHours, h.freeCancellationHours}}},
            {key::taxRate, QStringLiteral("%1.%2")
                               .arg(h.taxRateBasisPoints / 100)
                               .arg(h.taxRateBasisPoints % 100, 2, 10, QLatin1Char('0'))},
            {key::feePerNight, money(h.feePerNight)},
            {key::currency, h.currency},
            {key::timeZone, QString::fromUtf8(h.timeZone)},
            {key::createdAt, iso(h.createdAt)},
            {key::updatedAt, iso(h.updatedAt)}};
}

Hotel hotelFrom(const QJsonObject &o) {
    Hotel h;
    h.id = o.value(key::hotelId).toInteger();
    h.name = o.value(key::name).toString();
    h.description = o.value(key::description).toString();
    h.address = o.value(key::address).toString();
    h.city = o.value(key::city).toString();
    h.country = o.value(key::country).toString();
    const QJsonObject loc = o.value(key::location).toObject();
    h.latitude = loc.value(key::latitude).toDouble();
    h.longitude = loc.value(key::longitude).toDouble();
    h.starRating = o.value(key::starRating).toInt();
    h.amenities = stringsOf(o.value(key::amenities));
    h.images = stringsOf(o.value(key::images));
    h.checkInTime = QTime::fromString(o.value(key::checkInTime).toString(), QStringLiteral("HH:mm"));
    h.checkOutTime = QTime::fromString(o.value(key::checkOutTime).toString(), QStringLiteral("HH:mm"));
    h.freeCancellationHours = o.value(key::cancellationPolicy).toObject().value(key::freeCancellationHours).toInt();
    h.taxRateBasisPoints = int(parseMoney(o.value(key::taxRate).toString()).value_or(0));
    h.feePerNight = moneyOf(o.value(key::feePerNight));
    h.currency = o.value(key::currency).toString();
    h.timeZone = o.value(key::timeZone).toString().toUtf8();
    h.createdAt = timeOf(o.value(key::createdAt));
    h.updatedAt = timeOf(o.value(key::updatedAt));
    return h;
}

QJsonObject toJson(const RoomType &rt) {
    return {{key::roomTypeId, rt.id},
            {key::hotelId, rt.hotelId},
            {key::name, rt.name},
            {key::description, rt.description},
            {key::maxOccupancy, rt.maxOccupancy},
            {key::bedType, rt.bedType},
            {key::basePrice, money(rt.basePrice)},
            {key::currency, rt.currency},
            {key::amenities, QJsonArray::fromStringList(rt.amenities)},
            {key::size, rt.sizeSqm},
            {key::images, QJsonArray::fromStringList(rt.images)},
            {key::totalRooms, rt.totalRooms},
            {key::createdAt, iso(rt.createdAt)}};
}

RoomType roomTypeFrom(const QJsonObject &o) {
    RoomType rt;
    rt.id = o.value(key::roomTypeId).toInteger();
    rt.hotelId = o.value(key::hotelId).toInteger();
    rt.name = o.value(key::name).toString();
    rt.description = o.value(key::description).toString();
    rt.maxOccupancy = o.value(key::maxOccupancy).toInt();
    rt.bedType = o.value(key::bedType).toString();
    rt.basePrice = moneyOf(o.value(key::basePrice));
    rt.currency = o.value(key::currency).toString();
    rt.amenities = stringsOf(o.value(key::amenities));
    rt.sizeSqm = o.value(key::size).toInt();
    rt.images = stringsOf(o.value(key::images));
    rt.totalRooms = o.value(key::totalRooms).toInt();
    rt.createdAt = timeOf(o.value(key::createdAt));
    return rt;
}

QJsonObject toJson(const Room &r) {
    return {{key::roomId, r.id},       {key::roomTypeId, r.roomTypeId},
            {key::hotelId, r.hotelId}, {key::roomNumber, r.roomNumber},
            {key::floor, r.floor},     {key::status, roomStatusName(r.status)}};
}

Room roomFrom(const QJsonObject &o) {
    Room r;
    r.id = o.value(key::roomId).toInteger();
    r.roomTypeId = o.value(key::roomTypeId).toInteger();
    r.hotelId = o.value(key::hotelId).toInteger();
    r.roomNumber = o.value(key::roomNumber).toString();
    r.floor = o.value(key::floor).toInt();
    r.status = roomStatusFromName(o.value(key::status).toString()).value_or(RoomStatus::Maintenance);
    return r;
}

QJsonObject toJson(const User &u) {
    QJsonArray hotels;
    for (HotelId id : u.hotelIds)
        hotels.append(id);
    return {{key::userId, u.id},
            {key::email, u.email},
            {key::name, u.name},
            {key::role, roleName(u.role)},
            {key::hotelIds, hotels}};
}

User userFrom(const QJsonObject &o) {
    User u;
    u.id = o.value(key::userId).toInteger();
    u.email = o.value(key::email).toString();
    u.name = o.value(key::name).toString();
    u.role = roleFromName(o.value(key::role).toString()).value_or(Role::Guest);
    for (const auto &h : o.value(key::hotelIds).toArray())
        u.hotelIds << h.toInteger();
    return u;
}

QJsonObject sessionJson(const QString &accessToken, int expiresInSeconds, const User &user) {
    return {{key::accessToken, accessToken},
            {key::tokenType, QStringLiteral("Bearer")},
            {key::expiresIn, expiresInSeconds},
            {key::user, toJson(user)}};
}

Session sessionFrom(const QJsonObject &o, const QDateTime &now) {
    Session s;
    s.user = userFrom(o.value(key::user).toObject());
    s.accessToken = o.value(key::accessToken).toString();
    s.expiresAt = now.addSecs(o.value(key::expiresIn).toInt());
    return s;
}

} // namespace hotel::json
