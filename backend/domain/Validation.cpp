#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace hotel::validation {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::Validation", text);
}
} // namespace

std::optional<BackendError> text(const QString &field, const QString &value, bool required, int maxLength) {
    if (required && value.trimmed().isEmpty())
        return BackendError::invalid(field, tr("%1 is required.").arg(field), QStringLiteral("required"));
    if (value.size() > maxLength)
        return BackendError::invalid(field, tr("%1 is too long (at most %2 characters).").arg(field).arg(maxLength),
                                     QStringLiteral("too_long"));
    for (QChar c : value)
        if (c.category() == QChar::Other_Control)
            return BackendError::invalid(field, tr("%1 contains control characters.").arg(field),
                                         QStringLiteral("control_characters"));
    return std::nullopt;
}

std::optional<BackendError> email(const QString &field, const QString &value) {
    if (auto e = text(field, value, true, 254))
        return e;
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!pattern.match(value).hasMatch())
        return BackendError::invalid(field, tr("%1 is not a valid e-mail address.").arg(field),
                                     QStringLiteral("invalid_email"));
    return std::nullopt;
}

std::optional<BackendError> phone(const QString &field, const QString &value) {
    if (auto e = text(field, value, false, 40))
        return e;
    static const QRegularExpression pattern(QStringLiteral(R"(^[0-9+()\-. ]*$)"));
    if (!pattern.match(value).hasMatch())
        return BackendError::invalid(field, tr("%1 may contain only digits, spaces and + ( ) - .").arg(field),
                                     QStringLiteral("invalid_phone"));
    return std::nullopt;
}

std::optional<BackendError> guests(const QString &field, int value) {
    if (value < 1 || value > limits::maxGuests)
        return BackendError::invalid(field, tr("%1 must be between 1 and %2.").arg(field).arg(limits::maxGuests),
                                     QStringLiteral("out_of_range"));
    return std::nullopt;
}

std::optional<BackendError> price(const QString &field, Money value) {
    if (value < 0)
        return BackendError::invalid(field, tr("%1 must not be negative.").arg(field), QStringLiteral("negative"));
    if (value > limits::maxNightlyPrice)
        return BackendError::invalid(field, tr("%1 is too high.").arg(field), QStringLiteral("too_high"));
    return std::nullopt;
}

std::optional<BackendError> stay(QDate checkIn, QDate checkOut, QDate today) {
    if (!checkIn.isValid())
        return BackendError::invalid(QStringLiteral("checkInDate"), tr("checkInDate must be a date (YYYY-MM-DD)."),
                                     QStringLiteral("not_a_date"));
    if (!checkOut.isValid())
        return BackendError::invalid(QStringLiteral("checkOutDate"), tr("checkOutDate must be a date (YYYY-MM-DD)."),
                                     QStringLiteral("not_a_date"));
    if (checkOut <= checkIn)
        return BackendError::invalid(QStringLiteral("checkOutDate"), tr("checkOutDate must be after checkInDate."),
                                     QStringLiteral("not_after"));
    if (nightsBetween(checkIn, checkOut) > limits::maxNights)
        return BackendError::invalid(QStringLiteral("checkOutDate"),
                                     tr("A stay may last at most %1 nights.").arg(limits::maxNights),
                                     QStringLiteral("too_long_stay"));
    if (today.isValid() && checkIn < today)
        return BackendError::invalid(QStringLiteral("checkInDate"), tr("checkInDate is in the past."),
                                     QStringLiteral("in_past"));
    if (today.isValid() && today.daysTo(checkIn) > limits::maxBookingAheadDays)
        return BackendError::invalid(QStringLiteral("checkInDate"),
                                     tr("checkInDate is more than %1 days ahead.").arg(limits::maxBookingAheadDays),
                                     QStringLiteral("too_far_ahead"));
    return std::nullopt;
}

std::optional<BackendError> dateRange(const QString &fromField, QDate from, const QString &toField, QDate to,
                                      int maxDays) {
    if (!from.isValid())
        return BackendError::invalid(fromField, tr("%1 must be a date (YYYY-MM-DD).").arg(fromField),
                                     QStringLiteral("not_a_date"));
    if (!to.isValid())
        return BackendError::invalid(toField, tr("%1 must be a date (YYYY-MM-DD).").arg(toField),
                                     QStringLiteral("not_a_date"));
    if (to <= from)
        return BackendError::invalid(toField, tr("%1 must be after %2.").arg(toField, fromField),
                                     QStringLiteral("not_after"));
    if (from.daysTo(to) > maxDays)
        return BackendError::invalid(toField, tr("The range may cover at most %1 days.").arg(maxDays),
                                     QStringLiteral("range_too_long"));
    return std::nullopt;
}

std::optional<BackendError> newBooking(const NewBooking &r) {
    if (r.hotelId <= 0)
        return BackendError::invalid(QStringLiteral("hotelId"), tr("hotelId must be a positive id."));
    if (r.roomTypeId <= 0)
        return BackendError::invalid(QStringLiteral("roomTypeId"), tr("roomTypeId must be a positive id."));
    if (auto e = stay(r.checkIn, r.checkOut, {}))
        return e;
    if (auto e = text(QStringLiteral("guestInfo.name"), r.guestName, true))
        return e;
    if (auto e = email(QStringLiteral("guestInfo.email"), r.guestEmail))
        return e;
    if (auto e = phone(QStringLiteral("guestInfo.phone"), r.guestPhone))
        return e;
    if (auto e = guests(QStringLiteral("numberOfGuests"), r.numberOfGuests))
        return e;
    if (auto e = text(QStringLiteral("idempotencyKey"), r.idempotencyKey, false, 128))
        return e;
    return std::nullopt;
}

std::optional<BackendError> hotel(const Hotel &h) {
    if (auto e = text(QStringLiteral("name"), h.name, true))
        return e;
    if (auto e = text(QStringLiteral("city"), h.city, true, 100))
        return e;
    if (h.latitude < -90 || h.latitude > 90)
        return BackendError::invalid(QStringLiteral("latitude"), tr("latitude must be between -90 and 90."));
    if (h.longitude < -180 || h.longitude > 180)
        return BackendError::invalid(QStringLiteral("longitude"), tr("longitude must be between -180 and 180."));
    if (h.starRating < 1 || h.starRating > 5)
        return BackendError::invalid(QStringLiteral("starRating"), tr("starRating must be between 1 and 5."));
    if (!QTimeZone(h.timeZone).isValid())
        return BackendError::invalid(QStringLiteral("timeZone"), tr("timeZone is not a known IANA time zone."));
    if (h.taxRateBasisPoints < 0 || h.taxRateBasisPoints > 10000)
        return BackendError::invalid(QStringLiteral("taxRate"), tr("taxRate must be between 0 and 100 %."));
    if (auto e = price(QStringLiteral("feePerNight"), h.feePerNight))
        return e;
    if (h.freeCancellationHours < 0 || h.freeCancellationHours > 8760)
        return BackendError::invalid(QStringLiteral("freeCancellationHours"),
                                     tr("freeCancellationHours must be between 0 and 8760."));
    return std::nullopt;
}

std::optional<BackendError> roomType(const RoomType &rt) {
    if (auto e = text(QStringLiteral("name"), rt.name, true))
        return e;
    if (rt.maxOccupancy < 1 || rt.maxOccupancy > 20)
        return BackendError::invalid(QStringLiteral("maxOccupancy"), tr("maxOccupancy must be between 1 and 20."));
    if (auto e = price(QStringLiteral("basePrice"), rt.basePrice))
        return e;
    if (rt.totalRooms < 0 || rt.totalRooms > 10000)
        return BackendError::invalid(QStringLiteral("totalRooms"), tr("totalRooms must be between 0 and 10000."));
    if (rt.overbookingAllowance < 0 || rt.overbookingAllowance > rt.totalRooms)
        return BackendError::invalid(QStringLiteral("overbookingAllowance"),
                                     tr("overbookingAllowance must be between 0 and totalRooms."));
    return std::nullopt;
}

} // namespace hotel::validation
