#pragma once

#include "domain/DbConfig.h"
#include "domain/Domain.h"
#include "domain/Pricing.h"
#include "domain/Result.h"
#include "store/StoreHistory.h" // issue 10

#include <QString>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace hotel {

using Clock = std::function<QDateTime()>; // "now" in UTC; tests inject a fixed one

// The booking store: synchronous, transactional, over one QtSql connection that belongs to the thread that
// opened it (DESIGN.md 7). Used by SqlBackend (one Store per worker thread) and by hotel-server (one per
// request thread). Every write locks room_inventory rows ORDER BY room_type_id, date (DESIGN.md 3) and the
// CHECK constraint on room_inventory is the last line of defence (DESIGN.md 2).
//
// Every operation validates its input and returns a typed BackendError naming the field; nothing half-written
// survives a failure (each write is one transaction).
// The checks searchHotels makes before it queries, for callers that answer a search another way.
std::optional<BackendError> validateSearchQuery(const SearchQuery &query);

class Store final {
public:
    // Opens a connection named `connectionName` on the calling thread. Does not migrate.
    static Result<std::unique_ptr<Store>> open(const DbConfig &config, const QString &connectionName);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const DbConfig &config() const;
    QSqlDatabase database() const;
    void setClock(Clock clock);
    QDateTime now() const;

    // Applies pending versioned migrations; returns the schema version reached. Safe to call concurrently from
    // several processes (PostgreSQL: advisory lock).
    Result<int> migrate();
    // Told, after each commit, of every hotel the committed writes touched and the nights [from, to) they
    // changed (invalid dates: the hotel as a whole). The same facts go out as NOTIFY hotel_changed on
    // PostgreSQL; this is how the writer's own caches hear of them without a round trip. Runs on the store's
    // thread; nullptr to stop.
    using ChangeSink = std::function<void(HotelId hotelId, QDate from, QDate to)>;
    void setChangeSink(ChangeSink sink);
    bool ping(); // healthz: a trivial round trip

    // ---- reads (no actor needed: public catalogue) ----
    Result<SearchResult> searchHotels(const SearchQuery &query);
    // Every room type of every hotel of `city`, and their nights [from, to) (ordered by date, room type): what
    // the server's search cache keeps.
    Result<QList<CityRoomType>> cityRoomTypes(const QString &city);
    Result<QList<CityNight>> cityNights(const QString &city, QDate from, QDate to);
    Result<Hotel> hotel(HotelId id);
    Result<QList<HotelLocation>> hotelLocations();   // every hotel, few columns: cheap at 100K hotels
    Result<QList<Hotel>> hotels(const Actor &actor); // staff: hotels they may act on; admin: all (first 1000)
    Result<QList<RoomType>> roomTypes(HotelId hotelId);
    Result<Availability> availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn, QDate checkOut);

    // ---- staff reads ----
    Result<InventoryGrid> inventory(const Actor &actor, HotelId hotelId, QDate from, QDate to);
    Result<QList<Room>> rooms(const Actor &actor, HotelId hotelId);

    // ---- bookings ----
    Result<Booking> createBooking(const Actor &actor, const NewBooking &request);
    Result<Booking> booking(const Actor &actor, BookingId id);
    Result<QList<Booking>> bookings(const Actor &actor, const BookingFilter &filter);
    Result<Booking> modifyBooking(const Actor &actor, BookingId id, const BookingChange &change);
    // staffOverride: staff may cancel after the free-cancellation deadline (refund 0 then).
    Result<CancelResult> cancelBooking(const Actor &actor, BookingId id, const QString &reason,
                                       bool staffOverride = false);
    Result<Booking> checkIn(const Actor &actor, BookingId id, RoomId roomId);
    Result<Booking> checkOut(const Actor &actor, BookingId id);
    Result<Room> setRoomStatus(const Actor &actor, HotelId hotelId, RoomId roomId, RoomStatus status);

    // ---- revenue / inventory (staff) ----
    VoidResult setPrices(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices);
    // Blocks `count` more rooms (count > 0) or unblocks (count < 0) on every night of [from, to).
    VoidResult blockRooms(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count);

    // ==== revenue management (issue 9): StorePricing.cpp, StoreRestrictions.cpp, StoreKpis.cpp ====
    // The hotel's pricing settings (the defaults until someone saves them); staff of the hotel.
    Result<pricing::PricingSettings> pricingSettings(const Actor &actor, HotelId hotelId);
    // Validated, then saved whole in one transaction with who (the actor) and when (the clock).
    Result<pricing::PricingSettings> savePricingSettings(const Actor &actor, const pricing::PricingSettings &settings);
    // The next `days` nights from the hotel's today: current prices against those of `proposed` (the saved
    // settings when nullopt), and the revenue of the rooms on the books at each. Writes nothing.
    Result<pricing::PricePreview> pricePreview(const Actor &actor, HotelId hotelId,
                                               const std::optional<pricing::PricingSettings> &proposed, int days = 90);
    // Recomputes the next `days` nights in one transaction (nights locked in the bookings' order), leaving
    // manual prices alone; every change goes to the price history under one recompute id. Dry run: what would
    // change, nothing written or locked.
    Result<pricing::RecomputeResult> reprice(const Actor &actor, HotelId hotelId, int days = 90, bool dryRun = false);
    // Gives back the prices a recompute replaced, where nothing changed them since.
    Result<pricing::RecomputeResult> undoRecompute(const Actor &actor, HotelId hotelId, qint64 recomputeId);
    // Hands the manual nights of [from, to) back to the engine, at the engine's price.
    Result<pricing::RecomputeResult> releasePrices(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                   QDate from, QDate to);
    Result<QList<pricing::PriceHistoryEntry>> priceHistory(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                           QDate date);
    Result<QList<HotelId>> hotelIdsAfter(HotelId after, int limit); // pages of hotels for `reprice`
    // Stay restrictions of [from, to) (every night, empty rules included) and their replacement, night by night.
    Result<QList<pricing::NightRestriction>> restrictions(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                          QDate from, QDate to);
    VoidResult setRestrictions(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                               const QList<pricing::NightRestriction> &restrictions);
    // The figures of [from, to) by day, ISO week or month; all room types or one.
    Result<QList<pricing::KpiRow>> kpis(const Actor &actor, HotelId hotelId, QDate from, QDate to,
                                        pricing::KpiGrouping grouping, std::optional<RoomTypeId> roomTypeId = {});
    // Room-nights on the books for each night of [from, to), now and 1, 7 and 30 days ago.
    Result<QList<pricing::PaceRow>> bookingPace(const Actor &actor, HotelId hotelId, QDate from, QDate to,
                                                std::optional<RoomTypeId> roomTypeId = {});
    // The restricted nights of a city's room types in [from, to) (the search cache's rules).
    Result<QList<std::pair<RoomTypeId, pricing::NightRestriction>>> cityRestrictions(const QString &city, QDate from,
                                                                                     QDate to);
    // ==== end of revenue management ====

    // ---- catalogue administration (admin / system actor; the seeder and tests use these) ----
    Result<Hotel> createHotel(const Actor &actor, const Hotel &hotel);
    // Also creates room_inventory rows for [inventoryFrom, inventoryFrom + days) at basePrice with the type's
    // totalRooms and overbookingAllowance.
    Result<RoomType> createRoomType(const Actor &actor, const RoomType &roomType, QDate inventoryFrom, int days);
    Result<Room> createRoom(const Actor &actor, const Room &room);
    // Extends every room type's inventory so that it reaches `until` (exclusive); used daily / on demo start.
    Result<int> extendInventory(QDate until);

    // ---- users ----
    Result<User> createUser(const NewUser &user);
    Result<User> authenticate(const QString &email, const QString &password); // Unauthenticated on mismatch
    Result<User> user(UserId id); // with its token version and state: the server checks tokens against it
    // Role, hotels or state of the user with this e-mail; bumps the token version, so every token issued
    // before stops working (issue 14). Refuses to leave no enabled global administrator.
    Result<User> changeUserAccess(const QString &email, const UserAccessChange &change);

    // ---- audit ----
    // Recounts the bookings holding each night (PENDING, CONFIRMED, COMPLETED) per room type and compares with
    // room_inventory; also reports any row above capacity. hotelId 0: every hotel.
    Result<AuditReport> audit(HotelId hotelId = 0);

    // On PostgreSQL every write transaction also runs pg_notify('hotel_changed', '<hotelId>'), delivered on
    // commit, which SqlBackend LISTENs to (another desk's change shows up without a refresh).
    // A number that grows with every committed change of the hotel's bookings, inventory, prices or rooms;
    // lets clients notice another desk's change cheaply.
    Result<qint64> changeCounter(HotelId hotelId);

    // ---- history, forecasts and overbooking (issue 10; StoreOverbooking.cpp) ----
    // Inserts a batch in one transaction; rows already imported (same hotel, file hash, line) are skipped.
    // Returns how many were new. Admin of the hotel (or the system actor) only.
    Result<int> importHistory(const Actor &actor, HotelId hotelId, const QList<HistoryBooking> &batch);
    Result<qint64> historyCount(HotelId hotelId);
    Result<QList<HistoryBooking>> historyBookings(const Actor &actor, HotelId hotelId);
    Result<qint64> saveForecastModel(const Actor &actor, const ForecastModelRecord &model);
    Result<std::optional<ForecastModelRecord>> latestForecastModel(const Actor &actor, HotelId hotelId);
    // Sets the allowance of the nights [from, to) (revenue and admin). Lowering it below what is sold keeps those
    // nights at what is sold (see OverbookingChange).
    Result<OverbookingChange> setOverbookingAllowance(const Actor &actor, HotelId hotelId, RoomTypeId roomTypeId,
                                                      QDate from, QDate to, int allowance);
    // ---- end issue 10 ----

    class Private;

private:
    explicit Store(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace hotel
