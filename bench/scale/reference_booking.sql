-- pgbench script: the design document's own booking transaction, as the reference for hotel-server's.
-- Run by bench/scale/pgbench_reference.sh, which defines rt_min, rt_max (SELECT min(id), max(id) FROM room_types),
-- day0 and last (first and last seeded night, as days since 2000-01-01) and creates the scratch table
-- pgbench_bookings. Real room_types rows are locked; the bookings go to pgbench_bookings only.
--
-- It follows /work/shared/seed/hotel-booking-system-design.md, section "#### 3. Booking Service" (after
-- "#### 2. Inventory Service"): BookingService.CreateBooking ("1. Lock room type for update (pessimistic lock)",
-- "2. Check availability (within transaction)", "3. Calculate price", "4. Create booking", "5. Insert booking",
-- "6. Commit transaction") with checkAvailabilityInTx, which the document's closing summary writes as
--     BEGIN TRANSACTION;
--     SELECT * FROM room_types
--     WHERE room_type_id = $1
--     FOR UPDATE;
--     -- Check availability
--     -- Create booking
--     COMMIT;
-- and its "예약 플로우 (중요!)" flow: 3. Start DB Transaction, 4. Lock room_type row (FOR UPDATE),
-- 5. Check availability (within transaction): count current bookings, check blocked rooms,
-- available = total - booked - blocked, 6. if available > 0 create the CONFIRMED booking and commit, else
-- rollback. (Some Korean text in that file is stored with replacement characters; only intact text is quoted.)
--
-- Mapped onto this schema (backend/migrations/postgres/001_init.sql): room_types.room_type_id -> room_types.id,
-- the document's "inventory i ... i.blocked" -> room_inventory.blocked_rooms, bookings -> pgbench_bookings
-- (same columns as the document's INSERT, booking_id -> id). As in the document, availability is checked
-- with one query per night (checkAvailabilityInTx loops over the dates, stopping at the first full night),
-- the lock is held across every round trip, and the document's calculatePrice (step 3) is folded into the
-- INSERT as the sum of the nights' room_inventory.price (no extra round trip).

\set rt random(:rt_min, :rt_max)
\set nights random(1, 3)
\set ci random(:day0, :last - 2)

BEGIN;

-- 1. Lock room type for update (pessimistic lock)
SELECT /* 1. lock room type */ id AS room_type_id, hotel_id, total_rooms, base_price
  FROM room_types
 WHERE id = :rt::bigint
   FOR UPDATE
\gset lock_

-- 2. Check availability (within transaction): one query per night, as checkAvailabilityInTx
SELECT /* 2. night 1 */ rt.total_rooms - COALESCE(COUNT(b.id), 0) - COALESCE(i.blocked_rooms, 0) AS available
  FROM room_types rt
  LEFT JOIN pgbench_bookings b ON b.room_type_id = rt.id
       AND b.status IN ('CONFIRMED', 'PENDING')
       AND DATE '2000-01-01' + :ci::int >= b.check_in_date
       AND DATE '2000-01-01' + :ci::int < b.check_out_date
  LEFT JOIN room_inventory i ON i.room_type_id = rt.id
       AND i.date = DATE '2000-01-01' + :ci::int
 WHERE rt.id = :rt::bigint
 GROUP BY rt.id, rt.total_rooms, i.blocked_rooms
\gset n1_
\set available :n1_available

\if :nights >= 2 and :available > 0
SELECT /* 2. night 2 */ rt.total_rooms - COALESCE(COUNT(b.id), 0) - COALESCE(i.blocked_rooms, 0) AS available
  FROM room_types rt
  LEFT JOIN pgbench_bookings b ON b.room_type_id = rt.id
       AND b.status IN ('CONFIRMED', 'PENDING')
       AND DATE '2000-01-01' + :ci::int + 1 >= b.check_in_date
       AND DATE '2000-01-01' + :ci::int + 1 < b.check_out_date
  LEFT JOIN room_inventory i ON i.room_type_id = rt.id
       AND i.date = DATE '2000-01-01' + :ci::int + 1
 WHERE rt.id = :rt::bigint
 GROUP BY rt.id, rt.total_rooms, i.blocked_rooms
\gset n2_
\set available least(:available, :n2_available)
\endif

\if :nights >= 3 and :available > 0
SELECT /* 2. night 3 */ rt.total_rooms - COALESCE(COUNT(b.id), 0) - COALESCE(i.blocked_rooms, 0) AS available
  FROM room_types rt
  LEFT JOIN pgbench_bookings b ON b.room_type_id = rt.id
       AND b.status IN ('CONFIRMED', 'PENDING')
       AND DATE '2000-01-01' + :ci::int + 2 >= b.check_in_date
       AND DATE '2000-01-01' + :ci::int + 2 < b.check_out_date
  LEFT JOIN room_inventory i ON i.room_type_id = rt.id
       AND i.date = DATE '2000-01-01' + :ci::int + 2
 WHERE rt.id = :rt::bigint
 GROUP BY rt.id, rt.total_rooms, i.blocked_rooms
\gset n3_
\set available least(:available, :n3_available)
\endif

-- 3.-5. Calculate price, create and insert the booking (only if every night has a room)
\if :available > 0
INSERT /* 5. booking */ INTO pgbench_bookings (user_id, hotel_id, room_type_id, check_in_date, check_out_date, nights,
                              guest_name, guest_email, number_of_guests, total_price, status, created_at)
SELECT 1, :lock_hotel_id::bigint, :rt::bigint, DATE '2000-01-01' + :ci::int, DATE '2000-01-01' + :ci::int + :nights::int, :nights::int,
       'Bench Guest', 'bench@example.com', 1, COALESCE(sum(price), 0), 'CONFIRMED', now()
  FROM room_inventory
 WHERE room_type_id = :rt::bigint
   AND date >= DATE '2000-01-01' + :ci::int AND date < DATE '2000-01-01' + :ci::int + :nights::int;
-- 6. Commit transaction
COMMIT;
\else
-- ErrNoAvailability: the document's deferred tx.Rollback()
ROLLBACK;
\endif
