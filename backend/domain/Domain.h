#pragma once

// The booking domain as immutable value structs. Every layer speaks these: the store fills them, the server
// turns them into JSON, models take them whole (setResults-style) and never query.
//
// Conventions (DESIGN.md 4): dates are hotel-local calendar dates (QDate), stays are half-open
// [checkIn, checkOut); money is integer minor units (Money, cents) in the hotel's currency; timestamps are UTC.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace hotel {

using Money = qint64; // minor units (cents)
using HotelId = qint64;
using RoomTypeId = qint64;
using RoomId = qint64;
using BookingId = qint64;
using UserId = qint64;

// Sane bounds shared by validation everywhere (store, server, dialogs).
namespace limits {
inline constexpr int maxNights = 90; // longest stay accepted in one booking
inline constexpr int maxGuests = 12; // per booking
inline constexpr int maxBookingAheadDays = 730;
inline constexpr int maxSearchLimit = 100;
inline constexpr int maxInventoryDays = 400;             // one grid request
inline constexpr Money maxNightlyPrice = 10'000'000'000; // 100,000,000.00 (currencies such as KRW and VND)
inline constexpr int maxTextLength = 200;                // names, e-mails, reasons
inline constexpr Money maxStoredMoney = 999'999'999'999; // 9,999,999,999.99: what numeric(12,2) holds
} // namespace limits

enum class Role { Guest, FrontDesk, Revenue, Admin };
enum class RoomStatus { Available, Maintenance, Occupied };
enum class BookingStatus { Pending, Confirmed, Cancelled, Completed };
enum class SearchSort { Price, Rating, Distance };

// Stable wire/database spellings: "guest"/"frontdesk"/"revenue"/"admin", "AVAILABLE"..., "PENDING"...
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
QString roomStatusName(RoomStatus status);
std::optional<RoomStatus> roomStatusFromName(QStringView name);
QString bookingStatusName(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromName(QStringView name);

// "123.45" for 12345; never through a double.
QString formatMoney(Money cents);
std::optional<Money> parseMoney(QStringView text); // accepts "123", "123.4", "123.45", "-1.00"

// Nights of a half-open stay by calendar days (DST-proof).
inline int nightsBetween(QDate checkIn, QDate checkOut) {
    return int(checkIn.daysTo(checkOut));
}

struct Hotel {
    HotelId id = 0;
    QString name;
    QString description;
    QString address;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    double latitude = 0;
    double longitude = 0;
    int starRating = 3; // 1..5
    QStringList amenities;
    QStringList images;
    QTime checkInTime{14, 0};
    QTime checkOutTime{11, 0};
    int freeCancellationHours = 24; // free cancellation until this many hours before check-in time
    int taxRateBasisPoints = 1000;  // 10.00 % of the room price
    Money feePerNight = 0;          // service fee per night
    QString currency = QStringLiteral("USD");
    QByteArray timeZone = "UTC"; // IANA id
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct RoomType {
    RoomTypeId id = 0;
    HotelId hotelId = 0;
    QString name;
    QString description;
    int maxOccupancy = 2;
    QString bedType;
    Money basePrice = 0;
    QString currency = QStringLiteral("USD");
    QStringList amenities;
    int sizeSqm = 0;
    QStringList images;
    int totalRooms = 0;
    int overbookingAllowance = 0; // extra rooms that may be sold beyond totalRooms (design doc Q2); default none
    QDateTime createdAt;
};

struct Room {
    RoomId id = 0;
    RoomTypeId roomTypeId = 0;
    HotelId hotelId = 0;
    QString roomNumber;
    int floor = 0;
    RoomStatus status = RoomStatus::Available;
    QDateTime createdAt;
};

// One room type on one night: the row of room_inventory.
struct InventoryNight {
    RoomTypeId roomTypeId = 0;
    QDate date;
    int totalRooms = 0;
    int bookedRooms = 0;
    int blockedRooms = 0;
    int overbookingAllowance = 0;
    Money price = 0;
    int available() const { return totalRooms + overbookingAllowance - bookedRooms - blockedRooms; }
};

struct Booking {
    BookingId id = 0;
    QString confirmationCode; // human-friendly, unique, e.g. "K7M-4QX-9TP"
    UserId userId = 0;
    HotelId hotelId = 0;
    RoomTypeId roomTypeId = 0;
    std::optional<RoomId> roomId; // assigned at check-in
    QDate checkIn;
    QDate checkOut;
    int nights = 0;
    QString guestName;
    QString guestEmail;
    QString guestPhone;
    int numberOfGuests = 1;
    Money roomPrice = 0; // sum of nightly prices
    Money taxes = 0;
    Money fees = 0;
    Money totalPrice = 0;
    QString currency;
    BookingStatus status = BookingStatus::Confirmed;
    QString cancelReason;
    std::optional<Money> refundAmount;
    QString idempotencyKey;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> cancelledAt;
    std::optional<QDateTime> checkedInAt;
    std::optional<QDateTime> checkedOutAt;
    // Denormalised for display (filled by reads; ignored on writes).
    QString hotelName;
    QString roomTypeName;
    QString roomNumber;

    bool isInHouse() const { return checkedInAt.has_value() && !checkedOutAt.has_value(); }
};

// Who is acting. The store checks every operation against it; the portal asks the same questions to enable
// its actions, so the two cannot disagree.
struct Actor {
    UserId userId = 0;
    Role role = Role::Guest;
    QList<HotelId> hotelIds; // staff: the hotels they may act on; admin with an empty list: every hotel
    int tokenVersion = 0;    // the access version the caller's token names (server); 0 where no token is involved

    bool isStaff() const { return role != Role::Guest; }
    // An administrator of every hotel (not tied to a list).
    bool isGlobalAdmin() const { return role == Role::Admin && hotelIds.isEmpty(); }
    bool mayActOnHotel(HotelId id) const { return isStaff() && (isGlobalAdmin() || hotelIds.contains(id)); }
    bool mayEditPrices(HotelId id) const { return (role == Role::Revenue || role == Role::Admin) && mayActOnHotel(id); }
    // Guests book for themselves anywhere; at a desk, front desk and administrators book for their hotels.
    bool mayCreateBooking(HotelId id) const {
        return role == Role::Guest || ((role == Role::FrontDesk || role == Role::Admin) && mayActOnHotel(id));
    }
    // Check-in, check-out, room states, blocks: the desk's work at the staff member's hotels.
    bool mayRunFrontDesk(HotelId id) const { return mayActOnHotel(id); }
    // Seeding, migrations, demo set-up: everything allowed.
    static Actor system() { return Actor{0, Role::Admin, {}}; }
};

struct User {
    UserId id = 0;
    QString email;
    QString name;
    Role role = Role::Guest;
    QList<HotelId> hotelIds;
    QDateTime createdAt;
    int tokenVersion = 1; // bumped by every change of role, hotels or state: older tokens stop working
    bool disabled = false;

    Actor actor() const { return Actor{id, role, hotelIds, tokenVersion}; }
};

// A change of who a user is allowed to be; unset members stay as they are.
struct UserAccessChange {
    std::optional<Role> role;
    std::optional<QList<HotelId>> hotelIds;
    std::optional<bool> disabled;
};

// Where a hotel is, for the server's search cache (which cities and map cells a change touches).
struct HotelLocation {
    HotelId id = 0;
    QString city;
    double latitude = 0;
    double longitude = 0;
};

struct NewUser {
    QString email;
    QString password; // plain; hashed with argon2id before it reaches the store's table
    QString name;
    Role role = Role::Guest;
    QList<HotelId> hotelIds;
};

struct Session {
    User user;
    QString accessToken; // REST mode only
    QDateTime expiresAt;
};

// ---- search -------------------------------------------------------------------------------------------------

struct SearchQuery {
    QString city; // exact city name (case-insensitive); or use latitude/longitude/radiusKm
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> radiusKm; // default 10 when a point is given
    QDate checkIn;
    QDate checkOut;
    int guests = 1;
    std::optional<int> minStars;
    std::optional<Money> minPrice; // per night, average over the stay
    std::optional<Money> maxPrice;
    QString text; // part of the hotel name
    SearchSort sort = SearchSort::Price;
    int limit = 20;
    int offset = 0;
};

struct RoomTypeOffer {
    RoomTypeId roomTypeId = 0;
    QString name;
    int maxOccupancy = 0;
    int availableRooms = 0; // the fewest left over the stay's nights
    Money totalPrice = 0;   // room price of the whole stay (before taxes and fees)
    Money nightlyPrice = 0; // totalPrice / nights, rounded down
};

struct HotelHit {
    Hotel hotel;
    std::optional<double> distanceKm; // when the query gave a point
    QList<RoomTypeOffer> offers;      // only room types with room for the guests on every night
    Money lowestNightlyPrice = 0;
};

// A city's room types with what search filters on, and their nights: what the server's search cache keeps.
struct CityRoomType {
    HotelId hotelId = 0;
    QString hotelName;
    int starRating = 0;
    double latitude = 0;
    double longitude = 0;
    RoomTypeId roomTypeId = 0;
    QString name;
    int maxOccupancy = 0;
};

struct CityNight {
    QDate date;
    RoomTypeId roomTypeId = 0;
    int available = 0; // total + overbooking allowance - booked - blocked
    Money price = 0;
};

struct SearchResult {
    QList<HotelHit> hotels;
    int total = 0; // matching hotels before limit/offset
};

// ---- availability and inventory -------------------------------------------------------------------------------

struct NightAvailability {
    QDate date;
    int available = 0;
    Money price = 0;
};

struct Availability {
    RoomType roomType;
    QList<NightAvailability> nights; // one per night of [checkIn, checkOut)
    Money totalPrice = 0;            // sum of the nightly prices
    bool bookable() const {
        for (const auto &n : nights)
            if (n.available <= 0)
                return false;
        return !nights.isEmpty();
    }
};

// The availability grid: every room type of a hotel, every night of [from, to).
struct InventoryGrid {
    HotelId hotelId = 0;
    QDate from;
    QDate to;
    QList<RoomType> roomTypes;
    QList<InventoryNight> nights; // row-major: roomTypes.size() x from.daysTo(to)

    int days() const { return int(from.daysTo(to)); }
    const InventoryNight &at(int roomTypeRow, int day) const { return nights.at(roomTypeRow * days() + day); }
};

struct NightPrice {
    QDate date;
    Money price = 0;
};

// ---- bookings -----------------------------------------------------------------------------------------------

struct NewBooking {
    HotelId hotelId = 0;
    RoomTypeId roomTypeId = 0;
    QDate checkIn;
    QDate checkOut;
    QString guestName;
    QString guestEmail;
    QString guestPhone;
    int numberOfGuests = 1;
    QString idempotencyKey; // optional; the same key returns the first booking
};

struct BookingChange {
    std::optional<QDate> checkIn;
    std::optional<QDate> checkOut;
    std::optional<RoomTypeId> roomTypeId; // within the same hotel
    std::optional<int> numberOfGuests;
    std::optional<QString> guestName;
    std::optional<QString> guestEmail;
    std::optional<QString> guestPhone;
    bool isEmpty() const {
        return !checkIn && !checkOut && !roomTypeId && !numberOfGuests && !guestName && !guestEmail && !guestPhone;
    }
};

struct BookingFilter {
    std::optional<UserId> userId;
    std::optional<HotelId> hotelId;
    QList<BookingStatus> statuses; // empty: any
    std::optional<QDate> from;     // stays overlapping [from, to)
    std::optional<QDate> to;
    QString text; // guest name, e-mail or confirmation code (substring, case-insensitive)
    int limit = 500;
    int offset = 0;
};

struct CancelResult {
    Booking booking;
    Money refundAmount = 0;
};

// ---- audit --------------------------------------------------------------------------------------------------

struct AuditIssue {
    RoomTypeId roomTypeId = 0;
    QDate date;
    int recordedBooked = 0; // room_inventory.booked_rooms
    int countedBooked = 0;  // recount of the bookings holding the night: PENDING, CONFIRMED, COMPLETED
    int blockedRooms = 0;
    int totalRooms = 0;
    int overbookingAllowance = 0;
    QString problem; // human-readable
};

struct AuditReport {
    int roomTypeNightsChecked = 0;
    QList<AuditIssue> issues;
    bool clean() const { return issues.isEmpty(); }
};

} // namespace hotel

Q_DECLARE_METATYPE(hotel::Hotel)
Q_DECLARE_METATYPE(hotel::Booking)
Q_DECLARE_METATYPE(hotel::RoomType)
