-- wrk script: POST /api/v1/bookings for random room types of the seeded hotels, random stays within 80 days.
-- Pairs and token come from the environment (written by booking_bench.sh). HOTEL_BENCH_STAY="start|nights"
-- fixes the stay (days from today) for the hot case: every client on the same nights.
local pairs_ = {}
for line in io.lines(os.getenv("HOTEL_BENCH_PAIRS")) do
  local h, t = line:match("(%d+)|(%d+)")
  if h then table.insert(pairs_, {h, t}) end
end
local token = os.getenv("HOTEL_BENCH_TOKEN")
local counts = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  math.randomseed(os.time() + id * 7919)
  statuses = {}
end

local function day(n) return os.date("!%Y-%m-%d", os.time() + n * 86400) end

local fixedStart, fixedNights = (os.getenv("HOTEL_BENCH_STAY") or ""):match("(%d+)|(%d+)")

function request()
  local p = pairs_[math.random(#pairs_)]
  local start = tonumber(fixedStart) or math.random(2, 80)
  local nights = tonumber(fixedNights) or math.random(1, 3)
  local body = string.format('{"hotelId":%s,"roomTypeId":%s,"checkInDate":"%s","checkOutDate":"%s","guestInfo":{"name":"Bench Guest","email":"bench@example.com"},"numberOfGuests":1}',
    p[1], p[2], day(start), day(start + nights))
  return wrk.format("POST", "/api/v1/bookings", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    for k, v in pairs(s) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("status %d: %d\n", k, v)) end
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
