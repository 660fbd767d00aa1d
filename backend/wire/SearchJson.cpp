// Search answers, a stay's availability and the availability grid on the wire.
#include "wire/Json.h"
#include "wire/JsonFields.h"

namespace hotel::json {

QJsonObject toJson(const HotelHit &hit) {
    QJsonObject o = toJson(hit.hotel);
    QJsonArray offers;
    for (const auto &offer : hit.offers)
        offers.append(QJsonObject{{key::roomTypeId, offer.roomTypeId},
                                  {key::name, offer.name},
                                  {key::availableRooms, offer.availableRooms},
                                  {key::price, money(offer.nightlyPrice)},
                                  {key::totalPrice, money(offer.totalPrice)},
                                  {key::maxOccupancy, offer.maxOccupancy}});
    o.insert(key::availableRoomTypes, offers);
    o.insert(key::lowestPrice, money(hit.lowestNightlyPrice));
    if (hit.distanceKm)
        o.insert(key::distanceKm, std::round(*hit.distanceKm * 100) / 100);
    return o;
}

QJsonObject toJson(const SearchResult &r) {
    QJsonArray hotels;
    for (const auto &h : r.hotels)
        hotels.append(toJson(h));
    return {{key::hotels, hotels}, {key::total, r.total}};
}

SearchResult searchResultFrom(const QJsonObject &o) {
    SearchResult r;
    r.total = o.value(key::total).toInt();
    for (const auto &v : o.value(key::hotels).toArray()) {
        const QJsonObject h = v.toObject();
        HotelHit hit;
        hit.hotel = hotelFrom(h);
        if (h.contains(key::distanceKm))
            hit.distanceKm = h.value(key::distanceKm).toDouble();
        hit.lowestNightlyPrice = moneyOf(h.value(key::lowestPrice));
        for (const auto &x : h.value(key::availableRoomTypes).toArray()) {
            const QJsonObject t = x.toObject();
            hit.offers << RoomTypeOffer{t.value(key::roomTypeId).toInteger(), t.value(key::name).toString(),
                                        t.value(key::maxOccupancy).toInt(),   t.value(key::availableRooms).toInt(),
                                        moneyOf(t.value(key::totalPrice)),    moneyOf(t.value(key::price))};
        }
        r.hotels << hit;
    }
    return r;
}

QJsonObject toJson(const Availability &a) {
    QJsonArray nights;
    for (const auto &n : a.nights)
        nights.append(
            QJsonObject{{key::date, iso(n.date)}, {key::available, n.available}, {key::price, money(n.price)}});
    return {{key::roomTypeId, a.roomType.id},           {key::name, a.roomType.name},
            {key::description, a.roomType.description}, {key::maxOccupancy, a.roomType.maxOccupancy},
            {key::currency, a.roomType.currency},       {key::availability, nights},
            {key::totalPrice, money(a.totalPrice)},     {key::bookable, a.bookable()}};
}

Availability availabilityFrom(const QJsonObject &o) {
    Availability a;
    a.roomType.id = o.value(key::roomTypeId).toInteger();
    a.roomType.name = o.value(key::name).toString();
    a.roomType.description = o.value(key::description).toString();
    a.roomType.maxOccupancy = o.value(key::maxOccupancy).toInt();
    a.roomType.currency = o.value(key::currency).toString();
    for (const auto &v : o.value(key::availability).toArray()) {
        const QJsonObject n = v.toObject();
        a.nights << NightAvailability{dateOf(n.value(key::date)), n.value(key::available).toInt(),
                                      moneyOf(n.value(key::price))};
    }
    a.totalPrice = moneyOf(o.value(key::totalPrice));
    return a;
}

QJsonObject toJson(const InventoryGrid &g) {
    QJsonArray types;
    for (int row = 0; row < g.roomTypes.size(); ++row) {
        QJsonArray nights;
        for (int day = 0; day < g.days(); ++day) {
            const InventoryNight &n = g.at(row, day);
            nights.append(QJsonObject{{key::date, iso(n.date)},
                                      {key::total, n.totalRooms},
                                      {key::booked, n.bookedRooms},
                                      {key::blocked, n.blockedRooms},
                                      {key::available, n.available()},
                                      {key::price, money(n.price)}});
        }
        QJsonObject t = toJson(g.roomTypes[row]);
        t.insert(key::nights, nights);
        types.append(t);
    }
    return {{key::hotelId, g.hotelId}, {key::from, iso(g.from)}, {key::to, iso(g.to)}, {key::roomTypes, types}};
}

InventoryGrid inventoryFrom(const QJsonObject &o) {
    InventoryGrid g;
    g.hotelId = o.value(key::hotelId).toInteger();
    g.from = dateOf(o.value(key::from));
    g.to = dateOf(o.value(key::to));
    for (const auto &v : o.value(key::roomTypes).toArray()) {
        const QJsonObject t = v.toObject();
        const RoomType rt = roomTypeFrom(t);
        g.roomTypes << rt;
        const QJsonArray nights = t.value(key::nights).toArray();
        for (int day = 0; day < g.days(); ++day) {
            const QJsonObject n = nights.at(day).toObject();
            InventoryNight night;
            night.roomTypeId = rt.id;
            night.date = g.from.addDays(day);
            night.totalRooms = n.value(key::total).toInt();
            night.bookedRooms = n.value(key::booked).toInt();
            night.blockedRooms = n.value(key::blocked).toInt();
            night.overbookingAllowance = n.value(key::available).toInt() - night.available();
            night.price = moneyOf(n.value(key::price));
            g.nights << night;
        }
    }
    return g;
}

} // namespace hotel::json
