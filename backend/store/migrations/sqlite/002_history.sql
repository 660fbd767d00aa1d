-- Issue 10: the hotel's past bookings (imported from files in the "Hotel booking demand" format), the wash
-- forecasts trained on them, and the walk cost the overbooking recommendation weighs. The per-night overbooking
-- allowance is room_inventory.overbooking_allowance, which the capacity CHECK of 001 already counts.
CREATE TABLE booking_history (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,
    hotel_id                        INTEGER NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    source_file                     text NOT NULL,
    source_line                     integer NOT NULL CHECK (source_line >= 2),
    source_hotel                    text NOT NULL,
    arrival_date                    text NOT NULL,
    lead_time                       integer NOT NULL CHECK (lead_time >= 0),
    weekend_nights                  integer NOT NULL CHECK (weekend_nights >= 0),
    week_nights                     integer NOT NULL CHECK (week_nights >= 0),
    adults                          integer NOT NULL CHECK (adults >= 0),
    children                        integer NOT NULL CHECK (children >= 0),
    babies                          integer NOT NULL CHECK (babies >= 0),
    meal                            text NOT NULL DEFAULT '',
    country                         text NOT NULL DEFAULT '',
    market_segment                  text NOT NULL,
    distribution_channel            text NOT NULL,
    repeated_guest                  integer NOT NULL DEFAULT 0,
    previous_cancellations          integer NOT NULL CHECK (previous_cancellations >= 0),
    previous_bookings_not_canceled  integer NOT NULL CHECK (previous_bookings_not_canceled >= 0),
    reserved_room_type              text NOT NULL,
    deposit_type                    text NOT NULL,
    agent                           integer,
    company                         integer,
    days_in_waiting_list            integer NOT NULL CHECK (days_in_waiting_list >= 0),
    customer_type                   text NOT NULL,
    adr                             INTEGER NOT NULL, -- cents, as every amount here
    outcome                         text NOT NULL CHECK (outcome IN ('STAYED', 'CANCELLED', 'NO_SHOW')),
    outcome_date                    text NOT NULL,
    assigned_room_type              text NOT NULL DEFAULT '',
    booking_changes                 integer NOT NULL DEFAULT 0,
    parking_spaces                  integer NOT NULL DEFAULT 0,
    special_requests                integer NOT NULL DEFAULT 0,
    -- A second import of the same file (same content hash) adds nothing.
    UNIQUE (hotel_id, source_file, source_line)
);
CREATE INDEX idx_booking_history_arrival ON booking_history (hotel_id, arrival_date);

CREATE TABLE forecast_models (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    hotel_id        INTEGER NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    trained_at      text NOT NULL,
    history_from    text NOT NULL,
    history_to      text NOT NULL,
    examples        integer NOT NULL,
    held_out_auc    double precision NOT NULL CHECK (held_out_auc BETWEEN 0 AND 1),
    model           blob NOT NULL,
    report          text NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_forecast_models_hotel ON forecast_models (hotel_id, trained_at);

ALTER TABLE hotels ADD COLUMN walk_cost_nights REAL NOT NULL DEFAULT 3 CHECK (walk_cost_nights > 0);
