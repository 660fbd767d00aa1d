-- Revenue management (issue 9), SQLite: money in integer cents, dates as ISO text, booleans 0/1: the pricing engine's settings (who saved them, when), manual prices, the price
-- history with the recomputes it can undo, and the stay restrictions of each room type's nights.

-- A hotel's settings; no row: the defaults of domain/Pricing.h (defaultSettings).
CREATE TABLE pricing_settings (
    hotel_id     INTEGER PRIMARY KEY REFERENCES hotels(id) ON DELETE CASCADE,
    enabled      integer NOT NULL DEFAULT 1,
    factor_mon   integer NOT NULL CHECK (factor_mon > 0),
    factor_tue   integer NOT NULL CHECK (factor_tue > 0),
    factor_wed   integer NOT NULL CHECK (factor_wed > 0),
    factor_thu   integer NOT NULL CHECK (factor_thu > 0),
    factor_fri   integer NOT NULL CHECK (factor_fri > 0),
    factor_sat   integer NOT NULL CHECK (factor_sat > 0),
    factor_sun   integer NOT NULL CHECK (factor_sun > 0),
    updated_by   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Factors and occupancies in basis points (10000 = 1.0 = 100 %).
CREATE TABLE pricing_curve_points (
    hotel_id      INTEGER NOT NULL REFERENCES pricing_settings(hotel_id) ON DELETE CASCADE,
    occupancy_bp  integer NOT NULL CHECK (occupancy_bp BETWEEN 0 AND 10000),
    factor_bp     integer NOT NULL CHECK (factor_bp > 0),
    PRIMARY KEY (hotel_id, occupancy_bp)
);

CREATE TABLE pricing_seasons (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    hotel_id   INTEGER NOT NULL REFERENCES pricing_settings(hotel_id) ON DELETE CASCADE,
    name       text NOT NULL DEFAULT '',
    from_date  TEXT NOT NULL,
    to_date    TEXT NOT NULL,
    factor_bp  integer NOT NULL CHECK (factor_bp > 0),
    CHECK (to_date >= from_date)
);
CREATE INDEX idx_pricing_seasons_hotel ON pricing_seasons (hotel_id, from_date);

-- A room type's guard rails; no row: half to three times its base price.
CREATE TABLE room_type_price_bounds (
    room_type_id  INTEGER PRIMARY KEY REFERENCES room_types(id) ON DELETE CASCADE,
    hotel_id      INTEGER NOT NULL REFERENCES pricing_settings(hotel_id) ON DELETE CASCADE,
    min_price     INTEGER NOT NULL CHECK (min_price >= 0),
    max_price     INTEGER NOT NULL,
    CHECK (min_price <= max_price)
);

-- A price set by hand wins over the engine until it is released; the stay restrictions of the night
-- (0: no minimum / maximum stay).
ALTER TABLE room_inventory ADD COLUMN price_manual integer NOT NULL DEFAULT 0;
ALTER TABLE room_inventory ADD COLUMN min_stay integer NOT NULL DEFAULT 0 CHECK (min_stay BETWEEN 0 AND 365);
ALTER TABLE room_inventory ADD COLUMN max_stay integer NOT NULL DEFAULT 0 CHECK (max_stay BETWEEN 0 AND 365);
ALTER TABLE room_inventory ADD COLUMN closed integer NOT NULL DEFAULT 0;
ALTER TABLE room_inventory ADD COLUMN closed_to_arrival integer NOT NULL DEFAULT 0;
ALTER TABLE room_inventory ADD COLUMN closed_to_departure integer NOT NULL DEFAULT 0;
-- Few nights carry a rule: the search cache finds a city's in this small index, not by scanning every night.
CREATE INDEX idx_room_inventory_restricted ON room_inventory (hotel_id, date)
    WHERE min_stay > 0 OR max_stay > 0 OR closed OR closed_to_arrival OR closed_to_departure;

-- One run of the engine over one hotel; undone as a whole.
CREATE TABLE price_recomputes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    hotel_id        INTEGER NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    started_by      INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    nights_changed  integer NOT NULL DEFAULT 0,
    undone_by       INTEGER,
    undone_at       TEXT
);
CREATE INDEX idx_price_recomputes_hotel ON price_recomputes (hotel_id, id);

-- Every change of a night's price, written in the transaction that makes it.
CREATE TABLE price_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    hotel_id      INTEGER NOT NULL,
    room_type_id  INTEGER NOT NULL REFERENCES room_types(id) ON DELETE CASCADE,
    date          TEXT NOT NULL,
    old_price     INTEGER NOT NULL,
    new_price     INTEGER NOT NULL,
    reason        text NOT NULL CHECK (reason IN ('engine', 'manual', 'release', 'undo')),
    changed_by    INTEGER NOT NULL,
    changed_at    TEXT NOT NULL,
    recompute_id  INTEGER REFERENCES price_recomputes(id) ON DELETE SET NULL
);
CREATE INDEX idx_price_history_night ON price_history (room_type_id, date, id);
CREATE INDEX idx_price_history_recompute ON price_history (recompute_id) WHERE recompute_id IS NOT NULL;
