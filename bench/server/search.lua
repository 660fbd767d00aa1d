-- wrk script: GET /api/v1/hotels/search for random seeded cities and random dates.
local cities = {"Seoul", "Busan", "Tokyo", "Paris", "London", "New%20York", "Berlin", "Sydney", "Singapore", "Dubai"}
function init(args) math.randomseed(os.time() + math.random(1000)) end
local function day(n) return os.date("!%Y-%m-%d", os.time() + n * 86400) end
function request()
  local start = math.random(2, 80)
  return wrk.format("GET", string.format("/api/v1/hotels/search?city=%s&checkIn=%s&checkOut=%s&guests=2",
    cities[math.random(#cities)], day(start), day(start + math.random(1, 4))))
end
function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
