-- SQLite twin of postgres/004. The front desk's day (issue 12): the market segment a booking came through (the living demo fills it from the
-- shared history's segments), and each room's housekeeping state beside its occupancy status.
ALTER TABLE bookings ADD COLUMN market_segment text NOT NULL DEFAULT '';
ALTER TABLE rooms ADD COLUMN housekeeping text NOT NULL DEFAULT 'CLEAN'
    CHECK (housekeeping IN ('CLEAN', 'DIRTY', 'INSPECTED', 'OUT_OF_ORDER', 'OUT_OF_SERVICE'));
