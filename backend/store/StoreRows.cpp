// Each table's column list and the reader of its rows: the one place that knows a table's layout, shared by
// every operation of the Store.
#include "store/Store.h"
#include "store/StorePrivate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hotel {

QString storeTr(const char *text) {
    return QCoreApplication::translate("hotel::Store", text);
}

const char *const hotelColumns =
    "h.id, h.name, h.description, h.address, h.city, h.country, h.latitude, h.longitude, h.star_rating, "
    "h.amenities, h.images, h.check_in_time, h.check_out_time, h.free_cancellation_hours, h.tax_rate_bp, "
    "h.fee_per_night, h.currency, h.time_zone, h.created_at, h.updated_at"; // 20
const char *const roomTypeColumns =
    "rt.id, rt.hotel_id, rt.name, rt.description, rt.max_occupancy, rt.bed_type, rt.base_price, rt.currency, "
    "rt.amenities, rt.size_sqm, rt.images, rt.total_rooms, rt.overbooking_allowance, rt.created_at"; // 14
const char *const bookingSelect =
    "SELECT b.id, b.confirmation_code, b.user_id, b.hotel_id, b.room_type_id, b.room_id, b.check_in_date, "
    "b.check_out_date, b.nights, b.guest_name, b.guest_email, b.guest_phone, b.number_of_guests, b.room_price, "
    "b.taxes, b.fees, b.total_price, b.currency, b.status, b.cancel_reason, b.refund_amount, b.idempotency_key, "
    "b.created_at, b.updated_at, b.cancelled_at, b.checked_in_at, b.checked_out_at, h.name, rt.name, r.room_number "
    "FROM bookings b JOIN hotels h ON h.id = b.hotel_id JOIN room_types rt ON rt.id = b.room_type_id "
    "LEFT JOIN rooms r ON r.id = b.room_id";

QString toJsonArray(const QStringList &list) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QVariant &v) {
    QStringList out;
    for (const auto &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << item.toString();
    return out;
}

Hotel readHotel(const QSqlQuery &q, int i, const Store::Private &d) {
    Hotel h;
    h.id = q.value(i + 0).toLongLong();
    h.name = q.value(i + 1).toString();
    h.description = q.value(i + 2).toString();
    h.address = q.value(i + 3).toString();
    h.city = q.value(i + 4).toString();
    h.country = q.value(i + 5).toString();
    h.latitude = q.value(i + 6).toDouble();
    h.longitude = q.value(i + 7).toDouble();
    h.starRating = q.value(i + 8).toInt();
    h.amenities = fromJsonArray(q.value(i + 9));
    h.images = fromJsonArray(q.value(i + 10));
    h.checkInTime = QTime::fromString(q.value(i + 11).toString(), QStringLiteral("HH:mm"));
    h.checkOutTime = QTime::fromString(q.value(i + 12).toString(), QStringLiteral("HH:mm"));
    h.freeCancellationHours = q.value(i + 13).toInt();
    h.taxRateBasisPoints = q.value(i + 14).toInt();
    h.feePerNight = d.moneyOf(q.value(i + 15));
    h.currency = q.value(i + 16).toString();
    h.timeZone = q.value(i + 17).toString().toUtf8();
    h.createdAt = Store::Private::timestampOf(q.value(i + 18));
    h.updatedAt = Store::Private::timestampOf(q.value(i + 19));
    return h;
}

RoomType readRoomType(const QSqlQuery &q, int i, const Store::Private &d) {
    RoomType rt;
    rt.id = q.value(i + 0).toLongLong();
    rt.hotelId = q.value(i + 1).toLongLong();
    rt.name = q.value(i + 2).toString();
    rt.description = q.value(i + 3).toString();
    rt.maxOccupancy = q.value(i + 4).toInt();
    rt.bedType = q.value(i + 5).toString();
    rt.basePrice = d.moneyOf(q.value(i + 6));
    rt.currency = q.value(i + 7).toString();
    rt.amenities = fromJsonArray(q.value(i + 8));
    rt.sizeSqm = q.value(i + 9).toInt();
    rt.images = fromJsonArray(q.value(i + 10));
    rt.totalRooms = q.value(i + 11).toInt();
    rt.overbookingAllowance = q.value(i + 12).toInt();
    rt.createdAt = Store::Private::timestampOf(q.value(i + 13));
    return rt;
}

Room readRoom(const QSqlQuery &q, int i, const Store::Private &) {
    Room r;
    r.id = q.value(i + 0).toLongLong();
    r.roomTypeId = q.value(i + 1).toLongLong();
    r.hotelId = q.value(i + 2).toLongLong();
    r.roomNumber = q.value(i + 3).toString();
    r.floor = q.value(i + 4).toInt();
    r.status = roomStatusFromName(q.value(i + 5).toString()).value_or(RoomStatus::Maintenance);
    r.createdAt = Store::Private::timestampOf(q.value(i + 6));
    return r;
}

Booking readBooking(const QSqlQuery &q, const Store::Private &d) {
    Booking b;
    b.id = q.value(0).toLongLong();
    b.confirmationCode = q.value(1).toString();
    b.userId = q.value(2).toLongLong();
    b.hotelId = q.value(3).toLongLong();
    b.roomTypeId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        b.roomId = q.value(5).toLongLong();
    b.checkIn = q.value(6).toDate();
    b.checkOut = q.value(7).toDate();
    b.nights = q.value(8).toInt();
    b.guestName = q.value(9).toString();
    b.guestEmail = q.value(10).toString();
    b.guestPhone = q.value(11).toString();
    b.numberOfGuests = q.value(12).toInt();
    b.roomPrice = d.moneyOf(q.value(13));
    b.taxes = d.moneyOf(q.value(14));
    b.fees = d.moneyOf(q.value(15));
    b.totalPrice = d.moneyOf(q.value(16));
    b.currency = q.value(17).toString();
    b.status = bookingStatusFromName(q.value(18).toString()).value_or(BookingStatus::Pending);
    b.cancelReason = q.value(19).toString();
    if (!q.value(20).isNull())
        b.refundAmount = d.moneyOf(q.value(20));
    b.idempotencyKey = q.value(21).toString();
    b.createdAt = Store::Private::timestampOf(q.value(22));
    b.updatedAt = Store::Private::timestampOf(q.value(23));
    if (!q.value(24).isNull())
        b.cancelledAt = Store::Private::timestampOf(q.value(24));
    if (!q.value(25).isNull())
        b.checkedInAt = Store::Private::timestampOf(q.value(25));
    if (!q.value(26).isNull())
        b.checkedOutAt = Store::Private::timestampOf(q.value(26));
    b.hotelName = q.value(27).toString();
    b.roomTypeName = q.value(28).toString();
    b.roomNumber = q.value(29).toString();
    return b;
}

} // namespace hotel
