#include "domain/Policy.h"

#include <QTimeZone>
#include <algorithm>
#include <array>

namespace hotel::policy {

int currencyDecimals(QStringView currency) {
    // ISO 4217 currencies without a minor unit in use (the three-decimal ones still round to hundredths: Money
    // cannot hold thousandths).
    static constexpr std::array<const char *, 16> zeroDecimal{"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
                                                              "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF"};
    return std::any_of(
               zeroDecimal.begin(), zeroDecimal.end(),
               [&](const char *code) { return currency.compare(QLatin1String(code), Qt::CaseInsensitive) == 0; })
               ? 0
               : 2;
}

Money roundToMinorUnit(Money amount, QStringView currency) {
    if (currencyDecimals(currency) == 2)
        return amount;
    const Money unit = 100;
    const Money half = unit / 2;
    return amount >= 0 ? (amount + half) / unit * unit : -((-amount + half) / unit * unit);
}

StayPrice priceStay(const Hotel &hotel, Money roomPriceOfAllNights, int nights) {
    StayPrice p;
    p.room = roundToMinorUnit(roomPriceOfAllNights, hotel.currency);
    // Taxes on the stay's room price, half up in integers, then to the minor unit: one rounding per amount.
    p.taxes = roundToMinorUnit((p.room * hotel.taxRateBasisPoints + 5000) / 10000, hotel.currency);
    p.fees = roundToMinorUnit(hotel.feePerNight * std::max(0, nights), hotel.currency);
    p.total = p.room + p.taxes + p.fees;
    return p;
}

static QTimeZone zoneOf(const QByteArray &timeZone) {
    const QTimeZone zone(timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate hotelToday(const QByteArray &timeZone, const QDateTime &nowUtc) {
    return nowUtc.toTimeZone(zoneOf(timeZone)).date();
}

QDateTime hotelTime(const Hotel &hotel, QDate date, QTime time) {
    return QDateTime(date, time, zoneOf(hotel.timeZone));
}

CancellationTerms cancellationTerms(const Hotel &hotel, const Booking &booking, const QDateTime &nowUtc) {
    CancellationTerms t;
    // A wall-clock time at the hotel: its check-in time on the arrival date, in its own zone (DST-proof).
    t.deadline =
        hotelTime(hotel, booking.checkIn, hotel.checkInTime).addSecs(-qint64(hotel.freeCancellationHours) * 3600);
    t.free = nowUtc <= t.deadline;
    t.refund = t.free ? booking.totalPrice : 0;
    t.deadlineText = t.deadline.toTimeZone(zoneOf(hotel.timeZone)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return t;
}

bool mayTransition(BookingStatus from, BookingStatus to) {
    using S = BookingStatus;
    switch (from) {
    case S::Pending:
        return to == S::Confirmed || to == S::Cancelled;
    case S::Confirmed:
        return to == S::Cancelled || to == S::Completed;
    case S::Cancelled:
    case S::Completed:
        return false;
    }
    return false;
}

bool isModifiable(const Booking &booking) {
    return (booking.status == BookingStatus::Pending || booking.status == BookingStatus::Confirmed) &&
           !booking.isInHouse();
}

bool isCancellable(const Booking &booking) {
    return mayTransition(booking.status, BookingStatus::Cancelled) && !booking.isInHouse();
}

} // namespace hotel::policy
