-- Hotel booking schema, PostgreSQL 15. Names follow the design document (DESIGN.md 5).
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE hotels (
    id                       bigserial PRIMARY KEY,
    name                     text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description              text NOT NULL DEFAULT '',
    address                  text NOT NULL DEFAULT '',
    city                     text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    country                  text NOT NULL DEFAULT '',
    latitude                 double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude                double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    star_rating              integer NOT NULL CHECK (star_rating BETWEEN 1 AND 5),
    amenities                text NOT NULL DEFAULT '[]',
    images                   text NOT NULL DEFAULT '[]',
    check_in_time            text NOT NULL DEFAULT '14:00',
    check_out_time           text NOT NULL DEFAULT '11:00',
    free_cancellation_hours  integer NOT NULL DEFAULT 24 CHECK (free_cancellation_hours BETWEEN 0 AND 8760),
    tax_rate_bp              integer NOT NULL DEFAULT 1000 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    fee_per_night            numeric(12,2) NOT NULL DEFAULT 0 CHECK (fee_per_night >= 0),
    currency                 text NOT NULL DEFAULT 'USD',
    time_zone                text NOT NULL DEFAULT 'UTC',
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_hotels_city ON hotels (lower(city));
CREATE INDEX idx_hotels_location ON hotels USING gist (ll_to_earth(latitude, longitude));
CREATE INDEX idx_hotels_name_trgm ON hotels USING gin (name gin_trgm_ops);

CREATE TABLE room_types (
    id                     bigserial PRIMARY KEY,
    hotel_id               bigint NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description            text NOT NULL DEFAULT '',
    max_occupancy          integer NOT NULL CHECK (max_occupancy BETWEEN 1 AND 20),
    bed_type               text NOT NULL DEFAULT '',
    base_price             numeric(12,2) NOT NULL CHECK (base_price >= 0),
    currency               text NOT NULL DEFAULT 'USD',
    amenities              text NOT NULL DEFAULT '[]',
    size_sqm               integer NOT NULL DEFAULT 0 CHECK (size_sqm >= 0),
    images                 text NOT NULL DEFAULT '[]',
    total_rooms            integer NOT NULL CHECK (total_rooms >= 0),
    overbooking_allowance  integer NOT NULL DEFAULT 0 CHECK (overbooking_allowance >= 0),
    created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_room_types_hotel ON room_types (hotel_id);

CREATE TABLE rooms (
    id            bigserial PRIMARY KEY,
    hotel_id      bigint NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    room_type_id  bigint NOT NULL REFERENCES room_types(id) ON DELETE CASCADE,
    room_number   text NOT NULL,
    floor         integer NOT NULL DEFAULT 0,
    status        text NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'MAINTENANCE', 'OCCUPIED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (hotel_id, room_number)
);
CREATE INDEX idx_rooms_type ON rooms (room_type_id, status);

-- One row per room type per night (DESIGN.md 1); the CHECK is the last line of defence against overbooking (2).
CREATE TABLE room_inventory (
    room_type_id           bigint NOT NULL REFERENCES room_types(id) ON DELETE CASCADE,
    date                   date NOT NULL,
    hotel_id               bigint NOT NULL,
    total_rooms            integer NOT NULL,
    booked_rooms           integer NOT NULL DEFAULT 0,
    blocked_rooms          integer NOT NULL DEFAULT 0,
    overbooking_allowance  integer NOT NULL DEFAULT 0,
    price                  numeric(12,2) NOT NULL CHECK (price >= 0),
    PRIMARY KEY (room_type_id, date),
    CONSTRAINT room_inventory_capacity CHECK (
        total_rooms >= 0 AND booked_rooms >= 0 AND blocked_rooms >= 0 AND overbooking_allowance >= 0
        AND booked_rooms + blocked_rooms <= total_rooms + overbooking_allowance)
);
CREATE INDEX idx_room_inventory_hotel_date ON room_inventory (hotel_id, date);

CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    email          text NOT NULL,
    name           text NOT NULL DEFAULT '',
    password_hash  text NOT NULL,
    role           text NOT NULL CHECK (role IN ('guest', 'frontdesk', 'revenue', 'admin')),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_users_email ON users (lower(email));

CREATE TABLE user_hotels (
    user_id   bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    hotel_id  bigint NOT NULL REFERENCES hotels(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, hotel_id)
);

CREATE TABLE bookings (
    id                 bigserial PRIMARY KEY,
    confirmation_code  text NOT NULL UNIQUE,
    user_id            bigint NOT NULL,
    hotel_id           bigint NOT NULL REFERENCES hotels(id),
    room_type_id       bigint NOT NULL REFERENCES room_types(id),
    room_id            bigint REFERENCES rooms(id),
    check_in_date      date NOT NULL,
    check_out_date     date NOT NULL,
    nights             integer NOT NULL CHECK (nights >= 1),
    guest_name         text NOT NULL,
    guest_email        text NOT NULL,
    guest_phone        text NOT NULL DEFAULT '',
    number_of_guests   integer NOT NULL CHECK (number_of_guests >= 1),
    room_price         numeric(12,2) NOT NULL,
    taxes              numeric(12,2) NOT NULL,
    fees               numeric(12,2) NOT NULL,
    total_price        numeric(12,2) NOT NULL,
    currency           text NOT NULL,
    status             text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED')),
    cancel_reason      text NOT NULL DEFAULT '',
    refund_amount      numeric(12,2),
    idempotency_key    text,
    request_hash       text NOT NULL DEFAULT '',
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    cancelled_at       timestamptz,
    checked_in_at      timestamptz,
    checked_out_at     timestamptz,
    CHECK (check_out_date > check_in_date)
);
CREATE INDEX idx_bookings_room_type_dates ON bookings (room_type_id, check_in_date, check_out_date)
    WHERE status IN ('CONFIRMED', 'PENDING', 'COMPLETED');
CREATE INDEX idx_bookings_user ON bookings (user_id, created_at DESC);
CREATE INDEX idx_bookings_hotel_dates ON bookings (hotel_id, check_in_date);
CREATE UNIQUE INDEX idx_bookings_idempotency ON bookings (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE hotel_changes (
    hotel_id  bigint PRIMARY KEY REFERENCES hotels(id) ON DELETE CASCADE,
    counter   bigint NOT NULL DEFAULT 0
);
