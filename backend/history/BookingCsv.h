#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace hotel::history {

// What is known about a booking while it is on the books: everything the forecast may read. The outcome is a
// separate struct so that feature extraction, which takes only BookingFacts, cannot see it by construction.
struct BookingFacts {
    QString hotel;    // the source hotel: "City Hotel", "Resort Hotel"
    int leadTime = 0; // days between booking and arrival
    QDate arrival;
    int weekendNights = 0;
    int weekNights = 0;
    int adults = 0;
    int children = 0;
    int babies = 0;
    QString meal;
    QString country;
    QString marketSegment;
    QString distributionChannel;
    bool repeatedGuest = false;
    int previousCancellations = 0;
    int previousBookingsNotCanceled = 0;
    QString reservedRoomType;
    QString depositType;
    int agent = -1; // -1: none ("NULL")
    int company = -1;
    int daysInWaitingList = 0;
    QString customerType;
    double adr = 0;

    int nights() const { return weekendNights + weekNights; }
    QDate bookedOn() const { return arrival.addDays(-leadTime); }
};

// Known only later (at check-in, at cancellation, at departure): never a forecast input.
struct BookingOutcome {
    bool canceled = false; // is_canceled: cancelled or no-show
    QString status;        // Check-Out, Canceled, No-Show
    QDate statusDate;      // reservation_status_date
    QString assignedRoomType;
    int bookingChanges = 0; // the final count, not the count at a given moment
    int parkingSpaces = 0;
    int specialRequests = 0;
};

struct BookingRecord {
    qint64 line = 0; // 1-based line number in the file (the header is line 1)
    BookingFacts facts;
    BookingOutcome outcome;

    // On the books the evening before `day` (the back-test protocol): booked before it and not cancelled with a
    // status date before day - 1.
    bool onBooksEveningBefore(const QDate &day) const {
        if (facts.leadTime < 1)
            return false;
        return !(outcome.canceled && outcome.statusDate < day.addDays(-1));
    }
};

struct RowError {
    qint64 line = 0;
    QString field;
    QString message;
};

// Streams a file in the format of "Hotel booking demand" (Antonio, de Almeida, Nunes, Data in Brief 22, 2019):
// gzip or plain (zlib reads both), one header line naming the 32 columns, comma-separated, fields optionally in
// double quotes. A malformed row is recorded with its line number in errors() and skipped; the rest go on.
class BookingCsvReader final {
public:
    BookingCsvReader();
    ~BookingCsvReader();
    BookingCsvReader(const BookingCsvReader &) = delete;
    BookingCsvReader &operator=(const BookingCsvReader &) = delete;

    // Opens the file and checks its header; a missing column is an error naming it.
    Result<Unit> open(const QString &path);
    // The next well-formed row; false at the end of the file (or on a read error: see readError()).
    bool next(BookingRecord *record);

    const QList<RowError> &errors() const { return m_errors; }
    QString readError() const { return m_readError; }
    qint64 line() const { return m_line; }
    qint64 compressedOffset() const; // bytes of the file consumed so far, for progress
    qint64 fileSize() const { return m_fileSize; }

    static constexpr int ColumnCount = 32;
    static const QStringList &columnNames();

private:
    bool readLine(QByteArray *line);

    struct Gz;
    std::unique_ptr<Gz> m_gz;
    int m_index[ColumnCount] = {};
    QList<RowError> m_errors;
    QString m_readError;
    qint64 m_line = 0;
    qint64 m_fileSize = 0;
};

// Reads a whole file; malformed rows are skipped and returned in *errors (if given).
Result<QList<BookingRecord>> readBookingFile(const QString &path, QList<RowError> *errors = nullptr);

// Splits one CSV line (RFC 4180 quoting within the line); false if a quote is left open.
bool splitCsvLine(const QByteArray &line, QList<QByteArray> *fields);

} // namespace hotel::history
