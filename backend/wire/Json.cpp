#include "wire/Json.h"

#include <QCoreApplication>

namespace hotel::json {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::json", text);
}
QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}
QJsonValue iso(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue money(Money m) {
    return formatMoney(m);
}

BackendError badType(const QString &field, const char *what) {
    return BackendError::invalid(field, tr("%1 must be %2.").arg(field, QLatin1String(what)));
}

Result<QString> stringField(const QJsonObject &o, const QString &key, const QString &field, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return BackendError::invalid(field, tr("%1 is required.").arg(field));
        return QString();
    }
    if (!v.isString())
        return badType(field, "a string");
    return v.toString();
}

Result<qint64> idField(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return BackendError::invalid(key, tr("%1 is required.").arg(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 9e15 && d == double(qint64(d)))
            return qint64(d);
        return badType(key, "a positive whole number");
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return badType(key, "a positive whole number");
}

Result<int> intField(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())))
        return badType(key, "a whole number");
    return int(v.toDouble());
}

Result<QDate> dateField(const QJsonObject &o, const QString &key, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return BackendError::invalid(key, tr("%1 is required.").arg(key));
        return QDate();
    }
    if (!v.isString())
        return badType(key, "a date (YYYY-MM-DD)");
    return dateParam(key, v.toString());
}
} // namespace

Result<QDate> dateParam(const QString &name, const QString &text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return BackendError::invalid(name, tr("%1 must be a date (YYYY-MM-DD).").arg(name));
    return d;
}

QJsonObject toJson(const Hotel &h) {
    return {{QStringLiteral("hotelId"), h.id},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("description"), h.description},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("city"), h.city},
            {QStringLiteral("country"), h.country},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("latitude"), h.latitude}, {QStringLiteral("longitude"), h.longitude}}},
            {QStringLiteral("starRating"), h.starRating},
            {QStringLiteral("amenities"), QJsonArray::fromStringList(h.amenities)},
            {QStringLiteral("images"), QJsonArray::fromStringList(h.images)},
            {QStringLiteral("checkInTime"), h.checkInTime.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("checkOutTime"), h.checkOutTime.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("cancellationPolicy"),
             QJsonObject{{QStringLiteral("freeCancellationHours"), h.freeCancellationHours}}},
            {QStringLiteral("taxRate"), QStringLiteral("%1.%2")
                                            .arg(h.taxRateBasisPoints / 100)
                                            .arg(h.taxRateBasisPoints % 100, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("feePerNight"), money(h.feePerNight)},
            {QStringLiteral("currency"), h.currency},
            {QStringLiteral("timeZone"), QString::fromUtf8(h.timeZone)},
            {QStringLiteral("createdAt"), iso(h.createdAt)},
            {QStringLiteral("updatedAt"), iso(h.updatedAt)}};
}

QJsonObject toJson(const RoomType &rt) {
    return {{QStringLiteral("roomTypeId"), rt.id},
            {QStringLiteral("hotelId"), rt.hotelId},
            {QStringLiteral("name"), rt.name},
            {QStringLiteral("description"), rt.description},
            {QStringLiteral("maxOccupancy"), rt.maxOccupancy},
            {QStringLiteral("bedType"), rt.bedType},
            {QStringLiteral("basePrice"), money(rt.basePrice)},
            {QStringLiteral("currency"), rt.currency},
            {QStringLiteral("amenities"), QJsonArray::fromStringList(rt.amenities)},
            {QStringLiteral("size"), rt.sizeSqm},
            {QStringLiteral("images"), QJsonArray::fromStringList(rt.images)},
            {QStringLiteral("totalRooms"), rt.totalRooms},
            {QStringLiteral("createdAt"), iso(rt.createdAt)}};
}

QJsonObject toJson(const Room &r) {
    return {{QStringLiteral("roomId"), r.id},       {QStringLiteral("roomTypeId"), r.roomTypeId},
            {QStringLiteral("hotelId"), r.hotelId}, {QStringLiteral("roomNumber"), r.roomNumber},
            {QStringLiteral("floor"), r.floor},     {QStringLiteral("status"), roomStatusName(r.status)}};
}

QJsonObject toJson(const Booking &b) {
    QJsonObject o{{QStringLiteral("bookingId"), b.id},
                  {QStringLiteral("confirmationCode"), b.confirmationCode},
                  {QStringLiteral("userId"), b.userId},
                  {QStringLiteral("hotelId"), b.hotelId},
                  {QStringLiteral("hotelName"), b.hotelName},
                  {QStringLiteral("roomTypeId"), b.roomTypeId},
                  {QStringLiteral("roomTypeName"), b.roomTypeName},
                  {QStringLiteral("roomId"), b.roomId ? QJsonValue(*b.roomId) : QJsonValue()},
                  {QStringLiteral("roomNumber"), b.roomNumber.isEmpty() ? QJsonValue() : QJsonValue(b.roomNumber)},
                  {QStringLiteral("checkInDate"), iso(b.checkIn)},
                  {QStringLiteral("checkOutDate"), iso(b.checkOut)},
                  {QStringLiteral("nights"), b.nights},
                  {QStringLiteral("guestInfo"), QJsonObject{{QStringLiteral("name"), b.guestName},
                                                            {QStringLiteral("email"), b.guestEmail},
                                                            {QStringLiteral("phone"), b.guestPhone}}},
                  {QStringLiteral("numberOfGuests"), b.numberOfGuests},
                  {QStringLiteral("totalPrice"), money(b.totalPrice)},
                  {QStringLiteral("priceBreakdown"), QJsonObject{{QStringLiteral("roomPrice"), money(b.roomPrice)},
                                                                 {QStringLiteral("taxes"), money(b.taxes)},
                                                                 {QStringLiteral("fees"), money(b.fees)}}},
                  {QStringLiteral("currency"), b.currency},
                  {QStringLiteral("status"), bookingStatusName(b.status)},
                  {QStringLiteral("createdAt"), iso(b.createdAt)},
                  {QStringLiteral("updatedAt"), iso(b.updatedAt)},
                  {QStringLiteral("cancelledAt"), b.cancelledAt ? iso(*b.cancelledAt) : QJsonValue()},
                  {QStringLiteral("checkedInAt"), b.checkedInAt ? iso(*b.checkedInAt) : QJsonValue()},
                  {QStringLiteral("checkedOutAt"), b.checkedOutAt ? iso(*b.checkedOutAt) : QJsonValue()}};
    if (b.status == BookingStatus::Cancelled) {
        o.insert(QStringLiteral("cancelReason"), b.cancelReason);
        o.insert(QStringLiteral("refundAmount"), b.refundAmount ? money(*b.refundAmount) : QJsonValue());
    }
    return o;
}

QJsonObject toJson(const HotelHit &hit) {
    QJsonObject o = toJson(hit.hotel);
    QJsonArray offers;
    for (const auto &offer : hit.offers)
        offers.append(QJsonObject{{QStringLiteral("roomTypeId"), offer.roomTypeId},
                                  {QStringLiteral("name"), offer.name},
                                  {QStringLiteral("availableRooms"), offer.availableRooms},
                                  {QStringLiteral("price"), money(offer.nightlyPrice)},
                                  {QStringLiteral("totalPrice"), money(offer.totalPrice)},
                                  {QStringLiteral("maxOccupancy"), offer.maxOccupancy}});
    o.insert(QStringLiteral("availableRoomTypes"), offers);
    o.insert(QStringLiteral("lowestPrice"), money(hit.lowestNightlyPrice));
    if (hit.distanceKm)
        o.insert(QStringLiteral("distanceKm"), std::round(*hit.distanceKm * 100) / 100);
    return o;
}

QJsonObject toJson(const SearchResult &r) {
    QJsonArray hotels;
    for (const auto &h : r.hotels)
        hotels.append(toJson(h));
    return {{QStringLiteral("hotels"), hotels}, {QStringLiteral("total"), r.total}};
}

QJsonObject toJson(const Availability &a) {
    QJsonArray nights;
    for (const auto &n : a.nights)
        nights.append(QJsonObject{{QStringLiteral("date"), iso(n.date)},
                                  {QStringLiteral("available"), n.available},
                                  {QStringLiteral("price"), money(n.price)}});
    return {{QStringLiteral("roomTypeId"), a.roomType.id},
            {QStringLiteral("name"), a.roomType.name},
            {QStringLiteral("description"), a.roomType.description},
            {QStringLiteral("maxOccupancy"), a.roomType.maxOccupancy},
            {QStringLiteral("currency"), a.roomType.currency},
            {QStringLiteral("availability"), nights},
            {QStringLiteral("totalPrice"), money(a.totalPrice)},
            {QStringLiteral("bookable"), a.bookable()}};
}

QJsonObject toJson(const InventoryGrid &g) {
    QJsonArray types;
    for (int row = 0; row < g.roomTypes.size(); ++row) {
        QJsonArray nights;
        for (int day = 0; day < g.days(); ++day) {
            const InventoryNight &n = g.at(row, day);
            nights.append(QJsonObject{{QStringLiteral("date"), iso(n.date)},
                                      {QStringLiteral("total"), n.totalRooms},
                                      {QStringLiteral("booked"), n.bookedRooms},
                                      {QStringLiteral("blocked"), n.blockedRooms},
                                      {QStringLiteral("available"), n.available()},
                                      {QStringLiteral("price"), money(n.price)}});
        }
        QJsonObject t = toJson(g.roomTypes[row]);
        t.insert(QStringLiteral("nights"), nights);
        types.append(t);
    }
    return {{QStringLiteral("hotelId"), g.hotelId},
            {QStringLiteral("from"), iso(g.from)},
            {QStringLiteral("to"), iso(g.to)},
            {QStringLiteral("roomTypes"), types}};
}

QJsonObject toJson(const User &u) {
    QJsonArray hotels;
    for (HotelId id : u.hotelIds)
        hotels.append(id);
    return {{QStringLiteral("userId"), u.id},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role"), roleName(u.role)},
            {QStringLiteral("hotelIds"), hotels}};
}

QJsonObject toJson(const AuditReport &r) {
    QJsonArray issues;
    for (const auto &i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("roomTypeId"), i.roomTypeId},
                                  {QStringLiteral("date"), iso(i.date)},
                                  {QStringLiteral("problem"), i.problem}});
    return {{QStringLiteral("checked"), r.roomTypeNightsChecked}, {QStringLiteral("issues"), issues}};
}

QJsonObject errorJson(const BackendError &e) {
    QJsonObject error{{QStringLiteral("code"), QLatin1String(errorKindName(e.kind))},
                      {QStringLiteral("message"), e.userMessage}};
    if (!e.field.isEmpty())
        error.insert(QStringLiteral("field"), e.field);
    return {{QStringLiteral("error"), error}};
}

Result<NewBooking> newBookingFrom(const QJsonObject &o) {
    NewBooking b;
    auto hotel = idField(o, QStringLiteral("hotelId"));
    if (!hotel)
        return hotel.error();
    b.hotelId = hotel.value();
    auto type = idField(o, QStringLiteral("roomTypeId"));
    if (!type)
        return type.error();
    b.roomTypeId = type.value();
    auto in = dateField(o, QStringLiteral("checkInDate"), true);
    if (!in)
        return in.error();
    b.checkIn = in.value();
    auto out = dateField(o, QStringLiteral("checkOutDate"), true);
    if (!out)
        return out.error();
    b.checkOut = out.value();
    const QJsonValue guest = o.value(QStringLiteral("guestInfo"));
    if (!guest.isObject())
        return BackendError::invalid(QStringLiteral("guestInfo"),
                                     tr("guestInfo must be an object with name, email and phone."));
    const QJsonObject g = guest.toObject();
    auto name = stringField(g, QStringLiteral("name"), QStringLiteral("guestInfo.name"), true);
    if (!name)
        return name.error();
    auto email = stringField(g, QStringLiteral("email"), QStringLiteral("guestInfo.email"), true);
    if (!email)
        return email.error();
    auto phone = stringField(g, QStringLiteral("phone"), QStringLiteral("guestInfo.phone"), false);
    if (!phone)
        return phone.error();
    b.guestName = name.value();
    b.guestEmail = email.value();
    b.guestPhone = phone.value();
    if (o.contains(QStringLiteral("numberOfGuests"))) {
        auto guests = intField(o, QStringLiteral("numberOfGuests"));
        if (!guests)
            return guests.error();
        b.numberOfGuests = guests.value();
    }
    return b;
}

Result<BookingChange> bookingChangeFrom(const QJsonObject &o) {
    static const QStringList known{QStringLiteral("checkInDate"), QStringLiteral("checkOutDate"),
                                   QStringLiteral("roomTypeId"), QStringLiteral("numberOfGuests"),
                                   QStringLiteral("guestInfo")};
    for (const QString &key : o.keys())
        if (!known.contains(key))
            return BackendError::invalid(key, tr("%1 cannot be changed.").arg(key));
    BookingChange c;
    if (o.contains(QStringLiteral("checkInDate"))) {
        auto d = dateField(o, QStringLiteral("checkInDate"), true);
        if (!d)
            return d.error();
        c.checkIn = d.value();
    }
    if (o.contains(QStringLiteral("checkOutDate"))) {
        auto d = dateField(o, QStringLiteral("checkOutDate"), true);
        if (!d)
            return d.error();
        c.checkOut = d.value();
    }
    if (o.contains(QStringLiteral("roomTypeId"))) {
        auto id = idField(o, QStringLiteral("roomTypeId"));
        if (!id)
            return id.error();
        c.roomTypeId = id.value();
    }
    if (o.contains(QStringLiteral("numberOfGuests"))) {
        auto n = intField(o, QStringLiteral("numberOfGuests"));
        if (!n)
            return n.error();
        c.numberOfGuests = n.value();
    }
    if (o.contains(QStringLiteral("guestInfo"))) {
        if (!o.value(QStringLiteral("guestInfo")).isObject())
            return BackendError::invalid(QStringLiteral("guestInfo"), tr("guestInfo must be an object."));
        const QJsonObject g = o.value(QStringLiteral("guestInfo")).toObject();
        for (const auto &[key, target] :
             {std::pair{QStringLiteral("name"), &c.guestName}, std::pair{QStringLiteral("email"), &c.guestEmail},
              std::pair{QStringLiteral("phone"), &c.guestPhone}}) {
            if (!g.contains(key))
                continue;
            auto v = stringField(g, key, QStringLiteral("guestInfo.") + key, true);
            if (!v)
                return v.error();
            *target = v.value();
        }
    }
    return c;
}

Result<QList<NightPrice>> pricesFrom(const QJsonObject &o) {
    const QJsonValue v = o.value(QStringLiteral("prices"));
    if (!v.isArray())
        return BackendError::invalid(QStringLiteral("prices"), tr("prices must be a list of {date, price}."));
    QList<NightPrice> out;
    const QJsonArray items = v.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("prices[%1]").arg(i);
        if (!items[i].isObject())
            return BackendError::invalid(field, tr("%1 must be an object {date, price}.").arg(field));
        const QJsonObject item = items[i].toObject();
        auto d = dateField(item, QStringLiteral("date"), true);
        if (!d)
            return BackendError::invalid(field + QStringLiteral(".date"), d.error().userMessage);
        const QJsonValue p = item.value(QStringLiteral("price"));
        std::optional<Money> price;
        if (p.isString())
            price = parseMoney(p.toString());
        if (!price)
            return BackendError::invalid(field + QStringLiteral(".price"),
                                         tr("%1.price must be a decimal string such as \"150.00\".").arg(field));
        out << NightPrice{d.value(), *price};
    }
    return out;
}

namespace {
Money moneyOf(const QJsonValue &v) {
    return parseMoney(v.toString()).value_or(0);
}
QDate dateOf(const QJsonValue &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QDateTime timeOf(const QJsonValue &v) {
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
QStringList stringsOf(const QJsonValue &v) {
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

Hotel hotelFrom(const QJsonObject &o) {
    Hotel h;
    h.id = o.value(QStringLiteral("hotelId")).toInteger();
    h.name = o.value(QStringLiteral("name")).toString();
    h.description = o.value(QStringLiteral("description")).toString();
    h.address = o.value(QStringLiteral("address")).toString();
    h.city = o.value(QStringLiteral("city")).toString();
    h.country = o.value(QStringLiteral("country")).toString();
    const QJsonObject loc = o.value(QStringLiteral("location")).toObject();
    h.latitude = loc.value(QStringLiteral("latitude")).toDouble();
    h.longitude = loc.value(QStringLiteral("longitude")).toDouble();
    h.starRating = o.value(QStringLiteral("starRating")).toInt();
    h.amenities = stringsOf(o.value(QStringLiteral("amenities")));
    h.images = stringsOf(o.value(QStringLiteral("images")));
    h.checkInTime = QTime::fromString(o.value(QStringLiteral("checkInTime")).toString(), QStringLiteral("HH:mm"));
    h.checkOutTime = QTime::fromString(o.value(QStringLiteral("checkOutTime")).toString(), QStringLiteral("HH:mm"));
    h.freeCancellationHours =
        o.value(QStringLiteral("cancellationPolicy")).toObject().value(QStringLiteral("freeCancellationHours")).toInt();
    h.taxRateBasisPoints = int(parseMoney(o.value(QStringLiteral("taxRate")).toString()).value_or(0));
    h.feePerNight = moneyOf(o.value(QStringLiteral("feePerNight")));
    h.currency = o.value(QStringLiteral("currency")).toString();
    h.timeZone = o.value(QStringLiteral("timeZone")).toString().toUtf8();
    h.createdAt = timeOf(o.value(QStringLiteral("createdAt")));
    h.updatedAt = timeOf(o.value(QStringLiteral("updatedAt")));
    return h;
}

RoomType roomTypeFrom(const QJsonObject &o) {
    RoomType rt;
    rt.id = o.value(QStringLiteral("roomTypeId")).toInteger();
    rt.hotelId = o.value(QStringLiteral("hotelId")).toInteger();
    rt.name = o.value(QStringLiteral("name")).toString();
    rt.description = o.value(QStringLiteral("description")).toString();
    rt.maxOccupancy = o.value(QStringLiteral("maxOccupancy")).toInt();
    rt.bedType = o.value(QStringLiteral("bedType")).toString();
    rt.basePrice = moneyOf(o.value(QStringLiteral("basePrice")));
    rt.currency = o.value(QStringLiteral("currency")).toString();
    rt.amenities = stringsOf(o.value(QStringLiteral("amenities")));
    rt.sizeSqm = o.value(QStringLiteral("size")).toInt();
    rt.images = stringsOf(o.value(QStringLiteral("images")));
    rt.totalRooms = o.value(QStringLiteral("totalRooms")).toInt();
    rt.createdAt = timeOf(o.value(QStringLiteral("createdAt")));
    return rt;
}

Room roomFrom(const QJsonObject &o) {
    Room r;
    r.id = o.value(QStringLiteral("roomId")).toInteger();
    r.roomTypeId = o.value(QStringLiteral("roomTypeId")).toInteger();
    r.hotelId = o.value(QStringLiteral("hotelId")).toInteger();
    r.roomNumber = o.value(QStringLiteral("roomNumber")).toString();
    r.floor = o.value(QStringLiteral("floor")).toInt();
    r.status = roomStatusFromName(o.value(QStringLiteral("status")).toString()).value_or(RoomStatus::Maintenance);
    return r;
}

Booking bookingFrom(const QJsonObject &o) {
    Booking b;
    b.id = o.value(QStringLiteral("bookingId")).toInteger();
    b.confirmationCode = o.value(QStringLiteral("confirmationCode")).toString();
    b.userId = o.value(QStringLiteral("userId")).toInteger();
    b.hotelId = o.value(QStringLiteral("hotelId")).toInteger();
    b.hotelName = o.value(QStringLiteral("hotelName")).toString();
    b.roomTypeId = o.value(QStringLiteral("roomTypeId")).toInteger();
    b.roomTypeName = o.value(QStringLiteral("roomTypeName")).toString();
    if (o.value(QStringLiteral("roomId")).isDouble())
        b.roomId = o.value(QStringLiteral("roomId")).toInteger();
    b.roomNumber = o.value(QStringLiteral("roomNumber")).toString();
    b.checkIn = dateOf(o.value(QStringLiteral("checkInDate")));
    b.checkOut = dateOf(o.value(QStringLiteral("checkOutDate")));
    b.nights = o.value(QStringLiteral("nights")).toInt();
    const QJsonObject g = o.value(QStringLiteral("guestInfo")).toObject();
    b.guestName = g.value(QStringLiteral("name")).toString();
    b.guestEmail = g.value(QStringLiteral("email")).toString();
    b.guestPhone = g.value(QStringLiteral("phone")).toString();
    b.numberOfGuests = o.value(QStringLiteral("numberOfGuests")).toInt();
    b.totalPrice = moneyOf(o.value(QStringLiteral("totalPrice")));
    const QJsonObject p = o.value(QStringLiteral("priceBreakdown")).toObject();
    b.roomPrice = moneyOf(p.value(QStringLiteral("roomPrice")));
    b.taxes = moneyOf(p.value(QStringLiteral("taxes")));
    b.fees = moneyOf(p.value(QStringLiteral("fees")));
    b.currency = o.value(QStringLiteral("currency")).toString();
    b.status = bookingStatusFromName(o.value(QStringLiteral("status")).toString()).value_or(BookingStatus::Pending);
    b.cancelReason = o.value(QStringLiteral("cancelReason")).toString();
    if (o.value(QStringLiteral("refundAmount")).isString())
        b.refundAmount = moneyOf(o.value(QStringLiteral("refundAmount")));
    b.createdAt = timeOf(o.value(QStringLiteral("createdAt")));
    b.updatedAt = timeOf(o.value(QStringLiteral("updatedAt")));
    if (o.value(QStringLiteral("cancelledAt")).isString())
        b.cancelledAt = timeOf(o.value(QStringLiteral("cancelledAt")));
    if (o.value(QStringLiteral("checkedInAt")).isString())
        b.checkedInAt = timeOf(o.value(QStringLiteral("checkedInAt")));
    if (o.value(QStringLiteral("checkedOutAt")).isString())
        b.checkedOutAt = timeOf(o.value(QStringLiteral("checkedOutAt")));
    return b;
}

SearchResult searchResultFrom(const QJsonObject &o) {
    SearchResult r;
    r.total = o.value(QStringLiteral("total")).toInt();
    for (const auto &v : o.value(QStringLiteral("hotels")).toArray()) {
        const QJsonObject h = v.toObject();
        HotelHit hit;
        hit.hotel = hotelFrom(h);
        if (h.contains(QStringLiteral("distanceKm")))
            hit.distanceKm = h.value(QStringLiteral("distanceKm")).toDouble();
        hit.lowestNightlyPrice = moneyOf(h.value(QStringLiteral("lowestPrice")));
        for (const auto &x : h.value(QStringLiteral("availableRoomTypes")).toArray()) {
            const QJsonObject t = x.toObject();
            hit.offers << RoomTypeOffer{
                t.value(QStringLiteral("roomTypeId")).toInteger(), t.value(QStringLiteral("name")).toString(),
                t.value(QStringLiteral("maxOccupancy")).toInt(),   t.value(QStringLiteral("availableRooms")).toInt(),
                moneyOf(t.value(QStringLiteral("totalPrice"))),    moneyOf(t.value(QStringLiteral("price")))};
        }
        r.hotels << hit;
    }
    return r;
}

Availability availabilityFrom(const QJsonObject &o) {
    Availability a;
    a.roomType.id = o.value(QStringLiteral("roomTypeId")).toInteger();
    a.roomType.name = o.value(QStringLiteral("name")).toString();
    a.roomType.description = o.value(QStringLiteral("description")).toString();
    a.roomType.maxOccupancy = o.value(QStringLiteral("maxOccupancy")).toInt();
    a.roomType.currency = o.value(QStringLiteral("currency")).toString();
    for (const auto &v : o.value(QStringLiteral("availability")).toArray()) {
        const QJsonObject n = v.toObject();
        a.nights << NightAvailability{dateOf(n.value(QStringLiteral("date"))),
                                      n.value(QStringLiteral("available")).toInt(),
                                      moneyOf(n.value(QStringLiteral("price")))};
    }
    a.totalPrice = moneyOf(o.value(QStringLiteral("totalPrice")));
    return a;
}

InventoryGrid inventoryFrom(const QJsonObject &o) {
    InventoryGrid g;
    g.hotelId = o.value(QStringLiteral("hotelId")).toInteger();
    g.from = dateOf(o.value(QStringLiteral("from")));
    g.to = dateOf(o.value(QStringLiteral("to")));
    for (const auto &v : o.value(QStringLiteral("roomTypes")).toArray()) {
        const QJsonObject t = v.toObject();
        const RoomType rt = roomTypeFrom(t);
        g.roomTypes << rt;
        const QJsonArray nights = t.value(QStringLiteral("nights")).toArray();
        for (int day = 0; day < g.days(); ++day) {
            const QJsonObject n = nights.at(day).toObject();
            InventoryNight night;
            night.roomTypeId = rt.id;
            night.date = g.from.addDays(day);
            night.totalRooms = n.value(QStringLiteral("total")).toInt();
            night.bookedRooms = n.value(QStringLiteral("booked")).toInt();
            night.blockedRooms = n.value(QStringLiteral("blocked")).toInt();
            night.overbookingAllowance = n.value(QStringLiteral("available")).toInt() - night.available();
            night.price = moneyOf(n.value(QStringLiteral("price")));
            g.nights << night;
        }
    }
    return g;
}

User userFrom(const QJsonObject &o) {
    User u;
    u.id = o.value(QStringLiteral("userId")).toInteger();
    u.email = o.value(QStringLiteral("email")).toString();
    u.name = o.value(QStringLiteral("name")).toString();
    u.role = roleFromName(o.value(QStringLiteral("role")).toString()).value_or(Role::Guest);
    for (const auto &h : o.value(QStringLiteral("hotelIds")).toArray())
        u.hotelIds << h.toInteger();
    return u;
}

BackendError errorFrom(const QJsonObject &o, int httpStatus) {
    const QJsonObject e = o.value(QStringLiteral("error")).toObject();
    BackendError error;
    error.kind = errorKindFromName(e.value(QStringLiteral("code")).toString())
                     .value_or(httpStatus == 429   ? BackendError::Kind::Unavailable
                               : httpStatus == 413 ? BackendError::Kind::InvalidInput
                                                   : BackendError::Kind::Internal);
    error.userMessage = e.value(QStringLiteral("message")).toString();
    if (error.userMessage.isEmpty())
        error.userMessage = tr("The booking server answered with HTTP status %1.").arg(httpStatus);
    error.field = e.value(QStringLiteral("field")).toString();
    error.detail = QStringLiteral("HTTP %1").arg(httpStatus);
    return error;
}

QJsonObject toJson(const NewBooking &b) {
    return {{QStringLiteral("hotelId"), b.hotelId},
            {QStringLiteral("roomTypeId"), b.roomTypeId},
            {QStringLiteral("checkInDate"), iso(b.checkIn)},
            {QStringLiteral("checkOutDate"), iso(b.checkOut)},
            {QStringLiteral("guestInfo"), QJsonObject{{QStringLiteral("name"), b.guestName},
                                                      {QStringLiteral("email"), b.guestEmail},
                                                      {QStringLiteral("phone"), b.guestPhone}}},
            {QStringLiteral("numberOfGuests"), b.numberOfGuests}};
}

QJsonObject toJson(const BookingChange &c) {
    QJsonObject o;
    if (c.checkIn)
        o.insert(QStringLiteral("checkInDate"), iso(*c.checkIn));
    if (c.checkOut)
        o.insert(QStringLiteral("checkOutDate"), iso(*c.checkOut));
    if (c.roomTypeId)
        o.insert(QStringLiteral("roomTypeId"), *c.roomTypeId);
    if (c.numberOfGuests)
        o.insert(QStringLiteral("numberOfGuests"), *c.numberOfGuests);
    QJsonObject g;
    if (c.guestName)
        g.insert(QStringLiteral("name"), *c.guestName);
    if (c.guestEmail)
        g.insert(QStringLiteral("email"), *c.guestEmail);
    if (c.guestPhone)
        g.insert(QStringLiteral("phone"), *c.guestPhone);
    if (!g.isEmpty())
        o.insert(QStringLiteral("guestInfo"), g);
    return o;
}

} // namespace hotel::json
