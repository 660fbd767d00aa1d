-- wrk script: hotel search at a fixed offered rate (wrk itself only runs closed loops).
-- Every connection sends on its own schedule of rate/connections requests a second, so the offered load
-- stays the same whatever the latency; wrk's latencies are measured from the actual send.
-- Environment:
--   HOTEL_BENCH_CITIES   file of "city|lat|lon" lines (every seeded city)
--   HOTEL_BENCH_RATE     offered requests per second over all connections (0: as fast as possible)
--   HOTEL_BENCH_THREADS  the -t given to wrk (each thread paces its share)
--   HOTEL_BENCH_MODE     city | radius
--   HOTEL_BENCH_POPULAR  share (0..1) of requests drawn from 200 popular queries instead of uniformly
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } timespec_t;
int clock_gettime(int clk, timespec_t *tp);
]]
local ts = ffi.new("timespec_t")
local function nowMs() ffi.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6 end

local cities = {}
for line in io.lines(os.getenv("HOTEL_BENCH_CITIES")) do
  local name, lat, lon = line:match("^(.-)|([-%d.]+)|([-%d.]+)$")
  if name then table.insert(cities, {name:gsub(" ", "%%20"), tonumber(lat), tonumber(lon)}) end
end
local rate = tonumber(os.getenv("HOTEL_BENCH_RATE") or "0")
local wrkThreads = tonumber(os.getenv("HOTEL_BENCH_THREADS") or "2")
local mode = os.getenv("HOTEL_BENCH_MODE") or "city"
local popular = tonumber(os.getenv("HOTEL_BENCH_POPULAR") or "0")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local interval, nextAt
function init(args)
  math.randomseed(os.time() * 1000 + id * 7919)
  statuses = {}
  -- Connections of one thread share its Lua state: the thread's share of the rate, one schedule.
  interval = rate > 0 and 1000 / (rate / wrkThreads) or 0
  nextAt = nowMs()
end

function delay()
  if interval == 0 then return 0 end
  nextAt = nextAt + interval
  local wait = nextAt - nowMs()
  if wait < 0 then return 0 end
  return wait
end

local function day(n) return os.date("!%Y-%m-%d", os.time() + n * 86400) end

local function query(r)
  -- r() draws integers; the popular set uses a fixed generator so every thread shares it.
  local c = cities[r(#cities)]
  local start = r(1, 80)
  local nights = r(1, 7)
  local guests = r(1, 3)
  if mode == "radius" then
    local lat = c[2] + (r(0, 2000) - 1000) / 50000
    local lon = c[3] + (r(0, 2000) - 1000) / 50000
    return string.format("/api/v1/hotels/search?lat=%.4f&lon=%.4f&radiusKm=%d&checkIn=%s&checkOut=%s&guests=%d&sort=distance",
      lat, lon, r(2, 10), day(start), day(start + nights), guests)
  end
  return string.format("/api/v1/hotels/search?city=%s&checkIn=%s&checkOut=%s&guests=%d",
    c[1], day(start), day(start + nights), guests)
end

local popularSet = {}
do
  local seed = 12345
  local function lcg(a, b)
    seed = (seed * 1103515245 + 12345) % 2147483648
    if b == nil then a, b = 1, a end
    return a + seed % (b - a + 1)
  end
  for i = 1, 200 do popularSet[i] = query(lcg) end
end

function request()
  local path
  if popular > 0 and math.random() < popular then
    path = popularSet[math.random(#popularSet)]
  else
    path = query(math.random)
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  local parts = {}
  for k, v in pairs(total) do table.insert(parts, string.format("%d: %d", k, v)) end
  io.write(string.format("RESULT rate %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, statuses {%s}\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, table.concat(parts, ", ")))
end
