#pragma once

#include "domain/Domain.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace hotel {

// One past booking of a hotel as booking_history keeps it (issue 10): what was known while it was on the books,
// and its outcome. (sourceFile, sourceLine) is its natural key: the file's content hash and the line.
struct HistoryBooking {
    QString sourceFile;
    int sourceLine = 0;
    QString sourceHotel;
    QDate arrival;
    int leadTime = 0;
    int weekendNights = 0, weekNights = 0;
    int adults = 0, children = 0, babies = 0;
    QString meal, country, marketSegment, distributionChannel;
    bool repeatedGuest = false;
    int previousCancellations = 0, previousBookingsNotCanceled = 0;
    QString reservedRoomType, depositType;
    int agent = -1, company = -1; // -1: none
    int daysInWaitingList = 0;
    QString customerType;
    Money adr = 0;
    enum class Outcome { Stayed, Cancelled, NoShow };
    Outcome outcome = Outcome::Stayed;
    QDate outcomeDate;
    QString assignedRoomType;
    int bookingChanges = 0, parkingSpaces = 0, specialRequests = 0;
};

struct ForecastModelRecord {
    qint64 id = 0;
    HotelId hotelId = 0;
    QDateTime trainedAt;
    QDate historyFrom, historyTo;
    int examples = 0;
    double heldOutAuc = 0;
    QByteArray model;
    QString report; // JSON
};

// Effect of setting an overbooking allowance on [from, to).
struct OverbookingChange {
    int nights = 0;
    // Nights where more is already sold than total + the requested allowance: their allowance stays at what is
    // sold (nothing sold is lost, nothing more sells).
    QList<QDate> heldAtSold;
};

} // namespace hotel
