#pragma once

// The hotel's rules, in one place and free of storage: what a stay costs, until when it can be cancelled for
// free, which day is "today" at the hotel, which status may follow which, and who may do what. The store
// enforces them inside its transactions; the server and the portal's dialogs show the same answers before
// anything is written (so a quote is exactly what is stored).

#include "domain/Domain.h"

#include <QDateTime>

namespace hotel::policy {

// ---- money --------------------------------------------------------------------------------------------------

// Decimal places of a currency's minor unit (ISO 4217): 0 for KRW, JPY, VND...; 2 otherwise. Money is always
// kept in hundredths; a zero-decimal currency's amounts are whole multiples of 100.
int currencyDecimals(QStringView currency);
// Rounds half up (away from zero for negatives) to the currency's minor unit.
Money roundToMinorUnit(Money amount, QStringView currency);

// What a stay costs: the nightly prices summed, taxes on the room price and fees per night, each rounded
// once to the currency's minor unit, and their sum.
struct StayPrice {
    Money room = 0;
    Money taxes = 0;
    Money fees = 0;
    Money total = 0;
    friend bool operator==(const StayPrice &, const StayPrice &) = default;
};
StayPrice priceStay(const Hotel &hotel, Money roomPriceOfAllNights, int nights);

// ---- time ---------------------------------------------------------------------------------------------------

// The hotel's calendar date at `nowUtc`, in its own time zone (an unknown zone counts as UTC, never as the
// machine's local zone).
QDate hotelToday(const QByteArray &timeZone, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
inline QDate hotelToday(const Hotel &hotel, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) {
    return hotelToday(hotel.timeZone, nowUtc);
}
// A wall-clock time at the hotel on a date, as an instant.
QDateTime hotelTime(const Hotel &hotel, QDate date, QTime time);

// ---- cancellation -------------------------------------------------------------------------------------------

struct CancellationTerms {
    QDateTime deadline;   // free cancellation until then: check-in time on the arrival date less the hotel's hours
    bool free = true;     // now is at or before the deadline
    Money refund = 0;     // the whole total when free, nothing after
    QString deadlineText; // "yyyy-MM-dd HH:mm" in the hotel's zone, for messages
};
CancellationTerms cancellationTerms(const Hotel &hotel, const Booking &booking, const QDateTime &nowUtc);

// ---- status ---------------------------------------------------------------------------------------------------

// PENDING -> CONFIRMED | CANCELLED; CONFIRMED -> CANCELLED | COMPLETED; nothing leaves CANCELLED or COMPLETED.
bool mayTransition(BookingStatus from, BookingStatus to);
// Dates, room type, guests may still change: the booking is pending or confirmed and the guest not in house.
bool isModifiable(const Booking &booking);
bool isCancellable(const Booking &booking);

} // namespace hotel::policy
