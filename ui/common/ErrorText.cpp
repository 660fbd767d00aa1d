#include "ui/common/ErrorText.h"

#include "domain/Domain.h"

#include <QCoreApplication>

namespace hotel {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1) {
    return QCoreApplication::translate("hotel::ErrorText", text, comment, n);
}

// "guestInfo.email", "prices[3].price" -> the last plain name ("email", "price").
QString leafName(const QString &field) {
    QString leaf = field.section(QLatin1Char('.'), -1);
    const qsizetype bracket = leaf.indexOf(QLatin1Char('['));
    return bracket >= 0 ? leaf.left(bracket) : leaf;
}

} // namespace

QString fieldLabel(const QString &field) {
    const QString f = field.trimmed();
    if (f == QLatin1String("checkInDate") || f == QLatin1String("checkIn"))
        return tr("Check-in");
    if (f == QLatin1String("checkOutDate") || f == QLatin1String("checkOut"))
        return tr("Check-out");
    if (f == QLatin1String("numberOfGuests") || f == QLatin1String("guests"))
        return tr("Guests");
    if (f == QLatin1String("roomTypeId"))
        return tr("Room type");
    if (f == QLatin1String("hotelId"))
        return tr("Hotel");
    if (f == QLatin1String("from"))
        return tr("From");
    if (f == QLatin1String("to"))
        return tr("To");
    if (f == QLatin1String("reason"))
        return tr("Reason");
    if (f == QLatin1String("roomNumber"))
        return tr("Room number");
    const QString leaf = leafName(f);
    if (f.startsWith(QLatin1String("guestInfo.")) || f.startsWith(QLatin1String("guest"))) {
        if (leaf == QLatin1String("name") || f == QLatin1String("guestName"))
            return tr("Guest name");
        if (leaf == QLatin1String("email") || f == QLatin1String("guestEmail"))
            return tr("E-mail");
        if (leaf == QLatin1String("phone") || f == QLatin1String("guestPhone"))
            return tr("Phone");
    }
    if (leaf == QLatin1String("price") || f == QLatin1String("prices"))
        return tr("Price");
    if (f == QLatin1String("email"))
        return tr("E-mail");
    if (f == QLatin1String("password"))
        return tr("Password");
    return {};
}

QString describeError(const BackendError &error) {
    if (error.kind != BackendError::Kind::InvalidInput)
        return error.userMessage;
    const QString label = fieldLabel(error.field);
    const QString &r = error.reason;
    const bool isDate = error.field == QLatin1String("checkInDate") || error.field == QLatin1String("checkOutDate");
    if (r == QLatin1String("not_after") && isDate)
        return tr("The check-out date must be after the check-in date.");
    if (r == QLatin1String("in_past"))
        return tr("The check-in date is in the past at the hotel: choose today or a later date.");
    if (r == QLatin1String("too_far_ahead"))
        return tr("The check-in date is more than %n day(s) ahead; bookings open later.", nullptr,
                  limits::maxBookingAheadDays);
    if (r == QLatin1String("too_long_stay"))
        return tr("A stay may last at most %n night(s): choose an earlier check-out date.", nullptr, limits::maxNights);
    if (label.isEmpty()) {
        // A field the portal has no label for: the server's own sentence, without pretending to know better.
        return error.userMessage.isEmpty() ? tr("The request was refused as invalid.") : error.userMessage;
    }
    if (r == QLatin1String("required"))
        return tr("Enter the %1.", "a required field is empty; %1 is the form's label").arg(label.toLower());
    if (r == QLatin1String("too_long"))
        return tr("“%1” is too long.").arg(label);
    if (r == QLatin1String("control_characters"))
        return tr("“%1” contains characters that cannot be stored (line breaks, tabs).").arg(label);
    if (r == QLatin1String("invalid_email"))
        return tr("“%1” is not an e-mail address; it should look like name@example.com.").arg(label);
    if (r == QLatin1String("invalid_phone"))
        return tr("“%1” may contain only digits, spaces and + ( ) - .").arg(label);
    if (r == QLatin1String("out_of_range"))
        return tr("“%1” is out of range.").arg(label);
    if (r == QLatin1String("negative"))
        return tr("“%1” cannot be negative.").arg(label);
    if (r == QLatin1String("too_high"))
        return tr("“%1” is higher than the hotel allows.").arg(label);
    if (r == QLatin1String("not_a_date"))
        return tr("“%1” is not a date.").arg(label);
    if (r == QLatin1String("not_after"))
        return tr("“%1” must be after the start of the range.").arg(label);
    if (r == QLatin1String("range_too_long"))
        return tr("The range is too long: choose fewer days.");
    return tr("Check “%1”.").arg(label);
}

} // namespace hotel
