#pragma once

#include "domain/Domain.h"
#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

namespace hotel {

class Store;

// Where a hotel stands, as far as search answers care: its city and its 1°x1° cell.
struct HotelPlace {
    QString cityKey; // lower-cased, trimmed
    int latCell = 0;
    int lonCell = 0;
};
HotelPlace placeOf(const QString &city, double latitude, double longitude);
inline HotelPlace placeOf(const Hotel &h) {
    return placeOf(h.city, h.latitude, h.longitude);
}

// A second search engine, in memory: it answers GET /hotels/search from per-city slices of room types and
// nights instead of asking SQL, and remembers whole answers. (It was called the search cache, and its
// metrics still are: hotel_search_cache_*.) Two levels:
//  - answers (serialized JSON) keyed by the whole query;
//  - slices: one city's room types for one night (rooms left and price), loaded with one indexed query and
//    shared by every search covering that night, so a search that misses the answers is combined in memory
//    instead of aggregating thousands of inventory rows in SQL.
// When it answers: the server was started with a time-to-live (--search-cache-ttl > 0) on PostgreSQL, and for
// radius searches once every hotel's place is known (canSearch()). Otherwise the caller falls back to the
// store's SQL search (Store::searchHotels); so does every search while it is off (SQLite: without
// LISTEN/NOTIFY another process's write could not reach it). Both give the same answer (SliceSearchTest).
// Freshness: answers and slices are tagged with generations: per city and night (per map cell and night for
// radius searches), and per city / cell as a whole. A booking, modification, cancellation, block or price
// change bumps the generations of the nights it touched; anything else about a hotel bumps the whole city.
// Nothing computed under an older generation is served again. Invalidations come from this process's own
// writes at once and from other processes' through PostgreSQL's NOTIFY (domain/ChangeNotice.h); the
// time-to-live only bounds staleness if a notification were lost (a dropped listener connection empties
// everything). Thread-safe: one mutex, held for lookups only, never during a query.
class SliceSearch final {
public:
    struct Options {
        qint64 ttlMs = 300000;                    // 0: off, every search goes to SQL
        qint64 maxAnswerBytes = qint64(64) << 20; // answers
        qint64 maxSliceBytes = qint64(512) << 20; // slices
    };
    explicit SliceSearch(Options options);

    bool enabled() const { return m_options.ttlMs > 0; }
    static QString keyFor(const SearchQuery &query);
    // Empty when the query covers too many cells and nights to be worth caching.
    static QStringList tagsFor(const SearchQuery &query);

    // The generations an answer is computed under: taken before the query runs, so a write that commits while
    // it runs makes the answer stale instead of cached.
    struct Ticket {
        QStringList tags;
        QList<quint64> generations;
        quint64 epoch = 0;
    };
    Ticket ticket(const QStringList &tags);
    std::optional<QByteArray> find(const QString &key);
    void insert(const QString &key, const Ticket &ticket, const QByteArray &body);

    // [from, to): the nights a write touched; invalid dates: the hotel as a whole. Known places are
    // remembered; `store` is asked for others.
    void invalidateHotel(HotelId id, QDate from, QDate to, Store &store);
    void invalidate(const HotelPlace &place, QDate from, QDate to);
    void rememberPlace(HotelId id, const HotelPlace &place);
    void invalidateAll();

    // The same answer as Store::searchHotels, combined from slices. Radius searches need every hotel's place
    // (placesReady(), filled by the NOTIFY listener); without them, and when disabled, callers ask the store.
    bool canSearch(const SearchQuery &query) const;
    Result<SearchResult> search(Store &store, const SearchQuery &query);
    void setPlacesReady(bool ready) { m_placesReady = ready; }
    // Loads the slices of a city's nights ahead of the first search (server start).
    VoidResult preload(Store &store, const QString &cityKey, QDate from, int nights);
    QStringList knownCities() const;

    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }
    quint64 invalidations() const { return m_invalidations; }
    int size() const;
    qint64 sliceBytes() const;

private:
    struct HotelBrief {
        HotelId id = 0;
        QString nameLower;
        int stars = 0;
        double latitude = 0;
        double longitude = 0;
    };
    struct TypeInfo {
        RoomTypeId id = 0;
        int hotel = 0; // index into CityTypes::hotels
        int maxOccupancy = 0;
        QString name;
    };
    struct CityTypes {
        QList<HotelBrief> hotels;
        QList<TypeInfo> types;
        QHash<RoomTypeId, int> index;
    };
    using TypesPtr = std::shared_ptr<const CityTypes>;
    struct Slice {
        TypesPtr types;
        QList<qint32> available; // aligned with types->types; noNight where the night has no inventory row
        QList<qint64> price;
        // Issue 9: the stay restrictions of the night's room types that have any (few do), by index.
        QHash<int, pricing::NightRestriction> rules;
        Ticket ticket;
        qint64 expiresMs = 0;
        qint64 bytes() const { return qint64(available.size()) * 12 + qint64(rules.size()) * 48 + 64; }
    };
    using SlicePtr = std::shared_ptr<const Slice>;
    static constexpr qint32 noNight = std::numeric_limits<qint32>::min();

    Result<TypesPtr> cityTypes(Store &store, const QString &cityKey, bool reload);
    Result<QList<SlicePtr>> slices(Store &store, const QString &cityKey, QDate from, int nights);
    Result<Hotel> fullHotel(Store &store, HotelId id);
    bool current(const Ticket &ticket) const; // m_mutex held
    void bump(const QString &tag);            // m_mutex held
    static qint64 nowMs();

    const Options m_options;
    mutable QMutex m_mutex;
    QHash<QString, quint64> m_generations;
    quint64 m_epoch = 0;
    struct Entry {
        QByteArray body;
        Ticket ticket;
        qint64 expiresMs;
    };
    QHash<QString, Entry> m_entries;
    qint64 m_answerBytes = 0;
    QHash<QString, SlicePtr> m_slices; // "city\x1fyyyy-MM-dd"
    qint64 m_sliceBytes = 0;
    QHash<QString, TypesPtr> m_cityTypes;
    QHash<HotelId, HotelPlace> m_places;
    QHash<qint64, QList<HotelId>> m_cells; // 1°x1° cell -> hotels, for radius searches
    QHash<HotelId, Hotel> m_hotels;        // hotels are never edited, only created
    std::atomic<bool> m_placesReady{false};
    std::atomic<quint64> m_hits{0}, m_misses{0}, m_invalidations{0};
};

} // namespace hotel
