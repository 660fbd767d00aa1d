#pragma once

#include "store/Store.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace hotel {

// Internals shared by the Store's translation units.
class Store::Private final {
public:
    DbConfig config;
    QString connectionName;
    Clock clock;
    QHash<QString, QSqlQuery> statements; // prepared once per connection (QPSQL: PREPARE once, EXECUTE many)
    // Hotels and room types are created, never edited: what a booking reads of them before it locks anything
    // is kept per connection, two round trips fewer for every booking of a known room type.
    struct TypeFacts {
        HotelId hotelId;
        QString name;
        int maxOccupancy;
    };
    QHash<HotelId, Hotel> hotelFacts;
    QHash<RoomTypeId, TypeFacts> typeFacts;
    // bumpChanges() of the open transaction, handed to changeSink once it commits.
    struct Change {
        HotelId hotelId;
        QDate from, to;
    };
    Store::ChangeSink changeSink;
    QList<Change> uncommitted;
    bool inTransaction = false;

    // A lost PostgreSQL connection (a restart, an outage) is reopened by the next operation, no sooner than a
    // back-off allows (250 ms doubling to 5 s), so a database that is down costs each request a quick
    // "unavailable" instead of a connect timeout. Never inside a transaction: its outcome is the caller's to
    // learn.
    mutable bool connectionLost = false;
    qint64 reconnectDelayMs = 0;
    QDateTime nextReconnect;
    VoidResult ensureConnected();
    // Session settings of every new connection.
    void configureSession();

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    bool pg() const { return config.isPostgres(); }

    // Prepares (once) and executes `sql` with positional values. On failure returns a mapped BackendError.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});

    // Value conversions that differ between the drivers (DESIGN.md 4: money never through double).
    QVariant money(Money cents) const;
    Money moneyOf(const QVariant &v) const;
    QVariant date(QDate d) const;
    QVariant timestamp(const QDateTime &t) const;
    static QDateTime timestampOf(const QVariant &v);
    QString priceCents(const QString &column) const; // SQL expression giving integer cents
    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    VoidResult begin();
    VoidResult commit();
    void rollback();
    BackendError mapError(const QSqlError &error, const QString &what) const;
    static bool isRetryable(const BackendError &e);
    // Counts a write of the hotel and, on PostgreSQL, sends NOTIFY hotel_changed 'hotelId[:from:to]': the
    // nights [from, to) the write touched, when it touched inventory of known nights (search caches drop
    // just those), else the hotel as a whole.
    VoidResult bumpChanges(HotelId hotelId, QDate from = {}, QDate to = {});
};

// Column lists and row readers shared by the operations (one place knows each table's layout).
extern const char *const hotelColumns;    // prefix h.
extern const char *const roomTypeColumns; // prefix rt.
extern const char *const bookingSelect;   // full SELECT ... FROM bookings b JOIN ... (no WHERE)
Hotel readHotel(const QSqlQuery &q, int first, const Store::Private &d);
RoomType readRoomType(const QSqlQuery &q, int first, const Store::Private &d);
Booking readBooking(const QSqlQuery &q, const Store::Private &d);
Room readRoom(const QSqlQuery &q, int first, const Store::Private &d);
QString toJsonArray(const QStringList &list);
QStringList fromJsonArray(const QVariant &v);
QString storeTr(const char *text);

// The one lock order (StoreLocks.cpp): a booking row, then nights ORDER BY room_type_id, date.
struct LockedNight {
    RoomTypeId roomTypeId;
    QDate date;
    int available; // total + overbooking allowance - booked - blocked
    Money price;
};
// Locks the nights [aFrom, aTo) of room type a and, when b is given, [bFrom, bTo) of b, in the lock order.
Result<QList<LockedNight>> lockNights(Store::Private &d, RoomTypeId a, QDate aFrom, QDate aTo, RoomTypeId b = 0,
                                      QDate bFrom = {}, QDate bTo = {});
VoidResult shiftBooked(Store::Private &d, RoomTypeId roomTypeId, QDate from, QDate to, int delta);
Result<Booking> readBookingById(Store::Private &d, BookingId id, bool forUpdate);

// Rolls back unless committed (the habit of KDE Akonadi's storage/transaction.h).
class Transaction final {
public:
    explicit Transaction(Store::Private &d)
        : m_d(d) {}
    ~Transaction() {
        if (m_open)
            m_d.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    VoidResult begin() {
        auto r = m_d.begin();
        m_open = r.ok();
        return r;
    }
    VoidResult commit() {
        auto r = m_d.commit();
        if (r.ok())
            m_open = false;
        return r;
    }

private:
    Store::Private &m_d;
    bool m_open = false;
};

// Runs `f` again when it failed for a reason that a retry can cure (deadlock, serialization, SQLite busy).
template <typename F> auto withRetry(F &&f) -> decltype(f()) {
    for (int attempt = 0;; ++attempt) {
        auto r = f();
        if (r.ok() || attempt >= 8 || !Store::Private::isRetryable(r.error()))
            return r;
        QThread::msleep(5UL * (1UL << attempt) + QRandomGenerator::global()->bounded(5U));
    }
}

// One write of a booking: a transaction that first locks the booking row (the lock order's first step), hands
// the locked row to `work`, and commits when work succeeds; retried whole when the database asks.
template <typename F> VoidResult inBookingTransaction(Store::Private &d, BookingId id, F &&work) {
    return withRetry([&]() -> VoidResult {
        Transaction tx(d);
        if (auto r = tx.begin(); !r)
            return r.error();
        auto locked = readBookingById(d, id, true);
        if (!locked)
            return locked.error();
        if (auto r = work(locked.value()); !r)
            return r.error();
        return tx.commit();
    });
}

// inBookingTransaction, then the booking as it now stands (what check-in and check-out answer with).
template <typename F> Result<Booking> updateBooking(Store::Private &d, BookingId id, F &&work) {
    if (auto done = inBookingTransaction(d, id, std::forward<F>(work)); !done)
        return done.error();
    return readBookingById(d, id, false);
}

} // namespace hotel
