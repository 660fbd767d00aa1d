#include "history/BookingCsv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <zlib.h>

namespace hotel::history {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("BookingCsv", text);
}

enum Column {
    Hotel,
    IsCanceled,
    LeadTime,
    ArrivalYear,
    ArrivalMonth,
    ArrivalWeek,
    ArrivalDay,
    WeekendNights,
    WeekNights,
    Adults,
    Children,
    Babies,
    Meal,
    Country,
    MarketSegment,
    DistributionChannel,
    RepeatedGuest,
    PreviousCancellations,
    PreviousNotCanceled,
    ReservedRoomType,
    AssignedRoomType,
    BookingChanges,
    DepositType,
    Agent,
    Company,
    DaysInWaitingList,
    CustomerType,
    Adr,
    ParkingSpaces,
    SpecialRequests,
    ReservationStatus,
    ReservationStatusDate,
};

// Parses one row's fields; the first failure names the column and why.
class RowParser final {
public:
    RowParser(const QList<QByteArray> &fields, const int *index)
        : m_fields(fields)
        , m_index(index) {}

    QString error;
    QString errorField;

    QByteArray raw(Column c) const { return m_fields[m_index[c]]; }
    QString text(Column c) const { return QString::fromUtf8(raw(c)); }

    int integer(Column c, int min, int max, bool nullAllowed = false) {
        const QByteArray v = raw(c).trimmed();
        if (nullAllowed && (v.isEmpty() || v == "NULL"))
            return -1;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok) {
            // The published file writes some counts as "2.0"; accept a whole number written so.
            const double d = v.toDouble(&ok);
            if (ok && d == double(qint64(d)) && d >= min && d <= max)
                return int(d);
            fail(c, tr("is not a whole number: \"%1\"").arg(QString::fromUtf8(v.left(40))));
            return 0;
        }
        if (n < min || n > max) {
            fail(c, tr("must be from %1 to %2 (got %3)").arg(min).arg(max).arg(n));
            return 0;
        }
        return n;
    }
    double decimal(Column c, double min, double max) {
        bool ok = false;
        const double d = raw(c).trimmed().toDouble(&ok);
        if (!ok || !(d >= min && d <= max)) {
            fail(c, tr("must be a number from %1 to %2 (got \"%3\")").arg(min).arg(max).arg(text(c).left(40)));
            return 0;
        }
        return d;
    }
    QString word(Column c) {
        const QString s = text(c).trimmed();
        if (s.isEmpty())
            fail(c, tr("is empty"));
        return s;
    }
    void fail(Column c, const QString &why) {
        if (!error.isEmpty())
            return;
        errorField = BookingCsvReader::columnNames().at(c);
        error = why;
    }

private:
    const QList<QByteArray> &m_fields;
    const int *m_index;
};

int monthFromName(const QString &name) {
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    for (int i = 0; i < 12; ++i)
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    bool ok = false;
    const int n = name.toInt(&ok);
    return ok && n >= 1 && n <= 12 ? n : 0;
}

} // namespace

struct BookingCsvReader::Gz {
    gzFile file = nullptr;
    ~Gz() {
        if (file)
            gzclose(file);
    }
};

BookingCsvReader::BookingCsvReader() = default;
BookingCsvReader::~BookingCsvReader() = default;

const QStringList &BookingCsvReader::columnNames() {
    static const QStringList names = {
        QStringLiteral("hotel"),
        QStringLiteral("is_canceled"),
        QStringLiteral("lead_time"),
        QStringLiteral("arrival_date_year"),
        QStringLiteral("arrival_date_month"),
        QStringLiteral("arrival_date_week_number"),
        QStringLiteral("arrival_date_day_of_month"),
        QStringLiteral("stays_in_weekend_nights"),
        QStringLiteral("stays_in_week_nights"),
        QStringLiteral("adults"),
        QStringLiteral("children"),
        QStringLiteral("babies"),
        QStringLiteral("meal"),
        QStringLiteral("country"),
        QStringLiteral("market_segment"),
        QStringLiteral("distribution_channel"),
        QStringLiteral("is_repeated_guest"),
        QStringLiteral("previous_cancellations"),
        QStringLiteral("previous_bookings_not_canceled"),
        QStringLiteral("reserved_room_type"),
        QStringLiteral("assigned_room_type"),
        QStringLiteral("booking_changes"),
        QStringLiteral("deposit_type"),
        QStringLiteral("agent"),
        QStringLiteral("company"),
        QStringLiteral("days_in_waiting_list"),
        QStringLiteral("customer_type"),
        QStringLiteral("adr"),
        QStringLiteral("required_car_parking_spaces"),
        QStringLiteral("total_of_special_requests"),
        QStringLiteral("reservation_status"),
        QStringLiteral("reservation_status_date"),
    };
    return names;
}

bool splitCsvLine(const QByteArray &line, QList<QByteArray> *fields) {
    fields->clear();
    QByteArray field;
    bool quoted = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && !quoted && field.isEmpty()) {
            inQuotes = quoted = true;
        } else if (c == ',') {
            fields->append(field);
            field.clear();
            quoted = false;
        } else {
            field += c;
        }
    }
    fields->append(field);
    return !inQuotes;
}

Result<Unit> BookingCsvReader::open(const QString &path) {
    m_gz = std::make_unique<Gz>();
    m_errors.clear();
    m_line = 0;
    m_fileSize = QFileInfo(path).size();
    m_gz->file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_gz->file)
        return BackendError::invalid(QStringLiteral("file"), tr("cannot open %1").arg(path));
    gzbuffer(m_gz->file, 1 << 17);
    QByteArray header;
    if (!readLine(&header))
        return BackendError::invalid(QStringLiteral("file"), tr("%1 is empty or unreadable").arg(path));
    QList<QByteArray> names;
    splitCsvLine(header, &names);
    for (int c = 0; c < ColumnCount; ++c) {
        m_index[c] = -1;
        for (int i = 0; i < names.size(); ++i)
            if (QString::fromUtf8(names[i]).trimmed() == columnNames()[c])
                m_index[c] = i;
        if (m_index[c] < 0)
            return BackendError::invalid(
                columnNames()[c], tr("line 1 of %1: the header has no column \"%2\"").arg(path, columnNames()[c]));
    }
    if (names.size() != ColumnCount)
        return BackendError::invalid(
            QStringLiteral("file"),
            tr("line 1 of %1: the header has %2 columns, expected %3").arg(path).arg(names.size()).arg(ColumnCount));
    return Unit{};
}

qint64 BookingCsvReader::compressedOffset() const {
    return m_gz && m_gz->file ? qint64(gzoffset(m_gz->file)) : 0;
}

bool BookingCsvReader::readLine(QByteArray *line) {
    line->clear();
    char buffer[4096];
    for (;;) {
        if (!gzgets(m_gz->file, buffer, sizeof buffer)) {
            int code = 0;
            const char *message = gzerror(m_gz->file, &code);
            if (code != Z_OK && code != Z_STREAM_END)
                m_readError = tr("line %1: %2").arg(m_line + 1).arg(QString::fromUtf8(message));
            if (line->isEmpty())
                return false;
            break;
        }
        line->append(buffer);
        if (line->endsWith('\n'))
            break;
    }
    ++m_line;
    while (line->endsWith('\n') || line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool BookingCsvReader::next(BookingRecord *record) {
    if (!m_gz || !m_gz->file)
        return false;
    QByteArray line;
    QList<QByteArray> fields;
    while (readLine(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        if (!splitCsvLine(line, &fields)) {
            m_errors.append({m_line, {}, tr("a quoted field is not closed")});
            continue;
        }
        if (fields.size() != ColumnCount) {
            m_errors.append({m_line, {}, tr("%1 fields, expected %2").arg(fields.size()).arg(ColumnCount)});
            continue;
        }
        RowParser p(fields, m_index);
        BookingRecord r;
        r.line = m_line;
        BookingFacts &f = r.facts;
        BookingOutcome &o = r.outcome;
        f.hotel = p.word(Hotel);
        o.canceled = p.integer(IsCanceled, 0, 1) == 1;
        f.leadTime = p.integer(LeadTime, 0, 3650);
        const int year = p.integer(ArrivalYear, 1900, 2200);
        const int month = monthFromName(p.text(ArrivalMonth).trimmed());
        if (month == 0)
            p.fail(ArrivalMonth, tr("is not a month name: \"%1\"").arg(p.text(ArrivalMonth).left(20)));
        const int day = p.integer(ArrivalDay, 1, 31);
        f.arrival = QDate(year, month, day);
        if (p.error.isEmpty() && !f.arrival.isValid())
            p.fail(ArrivalDay, tr("%1-%2-%3 is not a date").arg(year).arg(month).arg(day));
        f.weekendNights = p.integer(WeekendNights, 0, 365);
        f.weekNights = p.integer(WeekNights, 0, 365);
        f.adults = p.integer(Adults, 0, 100);
        const QByteArray children = p.raw(Children).trimmed();
        f.children = children == "NA" || children.isEmpty() ? 0 : p.integer(Children, 0, 100);
        f.babies = p.integer(Babies, 0, 100);
        f.meal = p.text(Meal).trimmed();
        f.country = p.text(Country).trimmed();
        f.marketSegment = p.word(MarketSegment);
        f.distributionChannel = p.word(DistributionChannel);
        f.repeatedGuest = p.integer(RepeatedGuest, 0, 1) == 1;
        f.previousCancellations = p.integer(PreviousCancellations, 0, 10000);
        f.previousBookingsNotCanceled = p.integer(PreviousNotCanceled, 0, 10000);
        f.reservedRoomType = p.word(ReservedRoomType);
        o.assignedRoomType = p.text(AssignedRoomType).trimmed();
        o.bookingChanges = p.integer(BookingChanges, 0, 10000);
        f.depositType = p.word(DepositType);
        f.agent = p.integer(Agent, 0, 100000000, true);
        f.company = p.integer(Company, 0, 100000000, true);
        f.daysInWaitingList = p.integer(DaysInWaitingList, 0, 10000);
        f.customerType = p.word(CustomerType);
        f.adr = p.decimal(Adr, -10000, 100000);
        o.parkingSpaces = p.integer(ParkingSpaces, 0, 100);
        o.specialRequests = p.integer(SpecialRequests, 0, 100);
        o.status = p.word(ReservationStatus);
        o.statusDate = QDate::fromString(p.text(ReservationStatusDate).trimmed(), Qt::ISODate);
        if (!o.statusDate.isValid())
            p.fail(ReservationStatusDate,
                   tr("is not a date YYYY-MM-DD: \"%1\"").arg(p.text(ReservationStatusDate).left(20)));
        if (!p.error.isEmpty()) {
            m_errors.append({m_line, p.errorField, p.error});
            continue;
        }
        *record = std::move(r);
        return true;
    }
    return false;
}

Result<QList<BookingRecord>> readBookingFile(const QString &path, QList<RowError> *errors) {
    BookingCsvReader reader;
    auto opened = reader.open(path);
    if (!opened)
        return opened.error();
    QList<BookingRecord> records;
    BookingRecord r;
    while (reader.next(&r))
        records.append(r);
    if (!reader.readError().isEmpty())
        return BackendError::invalid(QStringLiteral("file"), reader.readError());
    if (errors)
        *errors = reader.errors();
    return records;
}

} // namespace hotel::history
