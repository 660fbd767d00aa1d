// Bookings on the wire: the booking, the request that creates it, a change, and nightly prices.
#include "wire/Json.h"
#include "wire/JsonFields.h"

namespace hotel::json {

QJsonObject toJson(const Booking &b) {
    QJsonObject o{
        {key::bookingId, b.id},
        {key::confirmationCode, b.confirmationCode},
        {key::userId, b.userId},
        {key::hotelId, b.hotelId},
        {key::hotelName, b.hotelName},
        {key::roomTypeId, b.roomTypeId},
        {key::roomTypeName, b.roomTypeName},
        {key::roomId, b.roomId ? QJsonValue(*b.roomId) : QJsonValue()},
        {key::roomNumber, b.roomNumber.isEmpty() ? QJsonValue() : QJsonValue(b.roomNumber)},
        {key::checkInDate, iso(b.checkIn)},
        {key::checkOutDate, iso(b.checkOut)},
        {key::nights, b.nights},
        {key::guestInfo, QJsonObject{{key::name, b.guestName}, {key::email, b.guestEmail}, {key::phone, b.guestPhone}}},
        {key::numberOfGuests, b.numberOfGuests},
        {key::totalPrice, money(b.totalPrice)},
        {key::priceBreakdown,
         QJsonObject{{key::roomPrice, money(b.roomPrice)}, {key::taxes, money(b.taxes)}, {key::fees, money(b.fees)}}},
        {key::currency, b.currency},
        {key::status, bookingStatusName(b.status)},
        {key::createdAt, iso(b.createdAt)},
        {key::updatedAt, iso(b.updatedAt)},
        {key::cancelledAt, b.cancelledAt ? iso(*b.cancelledAt) : QJsonValue()},
        {key::checkedInAt, b.checkedInAt ? iso(*b.checkedInAt) : QJsonValue()},
        {key::checkedOutAt, b.checkedOutAt ? iso(*b.checkedOutAt) : QJsonValue()}};
    if (b.status == BookingStatus::Cancelled) {
        o.insert(key::cancelReason, b.cancelReason);
        o.insert(key::refundAmount, b.refundAmount ? money(*b.refundAmount) : QJsonValue());
    }
    return o;
}

Booking bookingFrom(const QJsonObject &o) {
    Booking b;
    b.id = o.value(key::bookingId).toInteger();
    b.confirmationCode = o.value(key::confirmationCode).toString();
    b.userId = o.value(key::userId).toInteger();
    b.hotelId = o.value(key::hotelId).toInteger();
    b.hotelName = o.value(key::hotelName).toString();
    b.roomTypeId = o.value(key::roomTypeId).toInteger();
    b.roomTypeName = o.value(key::roomTypeName).toString();
    if (o.value(key::roomId).isDouble())
        b.roomId = o.value(key::roomId).toInteger();
    b.roomNumber = o.value(key::roomNumber).toString();
    b.checkIn = dateOf(o.value(key::checkInDate));
    b.checkOut = dateOf(o.value(key::checkOutDate));
    b.nights = o.value(key::nights).toInt();
    const QJsonObject g = o.value(key::guestInfo).toObject();
    b.guestName = g.value(key::name).toString();
    b.guestEmail = g.value(key::email).toString();
    b.guestPhone = g.value(key::phone).toString();
    b.numberOfGuests = o.value(key::numberOfGuests).toInt();
    b.totalPrice = moneyOf(o.value(key::totalPrice));
    const QJsonObject p = o.value(key::priceBreakdown).toObject();
    b.roomPrice = moneyOf(p.value(key::roomPrice));
    b.taxes = moneyOf(p.value(key::taxes));
    b.fees = moneyOf(p.value(key::fees));
    b.currency = o.value(key::currency).toString();
    b.status = bookingStatusFromName(o.value(key::status).toString()).value_or(BookingStatus::Pending);
    b.cancelReason = o.value(key::cancelReason).toString();
    if (o.value(key::refundAmount).isString())
        b.refundAmount = moneyOf(o.value(key::refundAmount));
    b.createdAt = timeOf(o.value(key::createdAt));
    b.updatedAt = timeOf(o.value(key::updatedAt));
    if (o.value(key::cancelledAt).isString())
        b.cancelledAt = timeOf(o.value(key::cancelledAt));
    if (o.value(key::checkedInAt).isString())
        b.checkedInAt = timeOf(o.value(key::checkedInAt));
    if (o.value(key::checkedOutAt).isString())
        b.checkedOutAt = timeOf(o.value(key::checkedOutAt));
    return b;
}

QJsonObject toJson(const NewBooking &b) {
    return {
        {key::hotelId, b.hotelId},
        {key::roomTypeId, b.roomTypeId},
        {key::checkInDate, iso(b.checkIn)},
        {key::checkOutDate, iso(b.checkOut)},
        {key::guestInfo, QJsonObject{{key::name, b.guestName}, {key::email, b.guestEmail}, {key::phone, b.guestPhone}}},
        {key::numberOfGuests, b.numberOfGuests}};
}

Result<NewBooking> newBookingFrom(const QJsonObject &o) {
    NewBooking b;
    auto hotel = idField(o, key::hotelId);
    if (!hotel)
        return hotel.error();
    b.hotelId = hotel.value();
    auto type = idField(o, key::roomTypeId);
    if (!type)
        return type.error();
    b.roomTypeId = type.value();
    auto in = dateField(o, key::checkInDate, true);
    if (!in)
        return in.error();
    b.checkIn = in.value();
    auto out = dateField(o, key::checkOutDate, true);
    if (!out)
        return out.error();
    b.checkOut = out.value();
    const QJsonValue guest = o.value(key::guestInfo);
    if (!guest.isObject())
        return BackendError::invalid(key::guestInfo, wireTr("guestInfo must be an object with name, email and phone."));
    const QJsonObject g = guest.toObject();
    auto name = stringField(g, key::name, QStringLiteral("guestInfo.name"), true);
    if (!name)
        return name.error();
    auto email = stringField(g, key::email, QStringLiteral("guestInfo.email"), true);
    if (!email)
        return email.error();
    auto phone = stringField(g, key::phone, QStringLiteral("guestInfo.phone"), false);
    if (!phone)
        return phone.error();
    b.guestName = name.value();
    b.guestEmail = email.value();
    b.guestPhone = phone.value();
    if (o.contains(key::numberOfGuests)) {
        auto guests = intField(o, key::numberOfGuests);
        if (!guests)
            return guests.error();
        b.numberOfGuests = guests.value();
    }
    return b;
}

QJsonObject toJson(const BookingChange &c) {
    QJsonObject o;
    if (c.checkIn)
        o.insert(key::checkInDate, iso(*c.checkIn));
    if (c.checkOut)
        o.insert(key::checkOutDate, iso(*c.checkOut));
    if (c.roomTypeId)
        o.insert(key::roomTypeId, *c.roomTypeId);
    if (c.numberOfGuests)
        o.insert(key::numberOfGuests, *c.numberOfGuests);
    QJsonObject g;
    if (c.guestName)
        g.insert(key::name, *c.guestName);
    if (c.guestEmail)
        g.insert(key::email, *c.guestEmail);
    if (c.guestPhone)
        g.insert(key::phone, *c.guestPhone);
    if (!g.isEmpty())
        o.insert(key::guestInfo, g);
    return o;
}

Result<BookingChange> bookingChangeFrom(const QJsonObject &o) {
    static const QStringList known{key::checkInDate, key::checkOutDate, key::roomTypeId, key::numberOfGuests,
                                   key::guestInfo};
    for (const QString &key : o.keys())
        if (!known.contains(key))
            return BackendError::invalid(key, wireTr("%1 cannot be changed.").arg(key));
    BookingChange c;
    if (o.contains(key::checkInDate)) {
        auto d = dateField(o, key::checkInDate, true);
        if (!d)
            return d.error();
        c.checkIn = d.value();
    }
    if (o.contains(key::checkOutDate)) {
        auto d = dateField(o, key::checkOutDate, true);
        if (!d)
            return d.error();
        c.checkOut = d.value();
    }
    if (o.contains(key::roomTypeId)) {
        auto id = idField(o, key::roomTypeId);
        if (!id)
            return id.error();
        c.roomTypeId = id.value();
    }
    if (o.contains(key::numberOfGuests)) {
        auto n = intField(o, key::numberOfGuests);
        if (!n)
            return n.error();
        c.numberOfGuests = n.value();
    }
    if (o.contains(key::guestInfo)) {
        if (!o.value(key::guestInfo).isObject())
            return BackendError::invalid(key::guestInfo, wireTr("guestInfo must be an object."));
        const QJsonObject g = o.value(key::guestInfo).toObject();
        for (const auto &[key, target] : {std::pair{key::name, &c.guestName}, std::pair{key::email, &c.guestEmail},
                                          std::pair{key::phone, &c.guestPhone}}) {
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
    const QJsonValue v = o.value(key::prices);
    if (!v.isArray())
        return BackendError::invalid(key::prices, wireTr("prices must be a list of {date, price}."));
    QList<NightPrice> out;
    const QJsonArray items = v.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QString field = QStringLiteral("prices[%1]").arg(i);
        if (!items[i].isObject())
            return BackendError::invalid(field, wireTr("%1 must be an object {date, price}.").arg(field));
        const QJsonObject item = items[i].toObject();
        auto d = dateField(item, key::date, true);
        if (!d)
            return BackendError::invalid(field + QStringLiteral(".date"), d.error().userMessage);
        const QJsonValue p = item.value(key::price);
        std::optional<Money> price;
        if (p.isString())
            price = parseMoney(p.toString());
        if (!price)
            return BackendError::invalid(field + QStringLiteral(".price"),
                                         wireTr("%1.price must be a decimal string such as \"150.00\".").arg(field));
        out << NightPrice{d.value(), *price};
    }
    return out;
}

QJsonObject toJson(const CancelResult &c) {
    return {{key::bookingId, c.booking.id},
            {key::booking, toJson(c.booking)},
            {key::status, bookingStatusName(c.booking.status)},
            {key::refundAmount, money(c.refundAmount)},
            {key::currency, c.booking.currency}};
}

CancelResult cancelResultFrom(const QJsonObject &o) {
    return CancelResult{bookingFrom(o.value(key::booking).toObject()), moneyOf(o.value(key::refundAmount))};
}

} // namespace hotel::json
