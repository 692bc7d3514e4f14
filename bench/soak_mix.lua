-- wrk script for bench/soak: a hotline day's mix, cycled per connection: one Open311 POST (a distinct report,
-- API key from OASIS_BENCH_KEY) for every three reads (the region list, one Open311 request by id from
-- OASIS_BENCH_CASE, the Open311 service list). OASIS_BENCH_DELAY_MS > 0 makes each connection wait that long
-- before each request, which holds the offered rate near connections × 1000 / (delay + latency).
local key = os.getenv("OASIS_BENCH_KEY")
local case_id = os.getenv("OASIS_BENCH_CASE")
local pause = tonumber(os.getenv("OASIS_BENCH_DELAY_MS") or "0")
local counter = 0
local post_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }

request = function()
  counter = counter + 1
  local slot = counter % 4
  if slot == 0 then
    local body = "api_key=" .. key .. "&service_code=C0101&lat=43.8" .. string.format("%04d", counter % 10000)
      .. "&long=87.61&description=soak%20report%20" .. counter
    return wrk.format("POST", "/open311/v2/requests.json", post_headers, body)
  elseif slot == 1 then
    return wrk.format("GET", "/api/v1/regions")
  elseif slot == 2 then
    return wrk.format("GET", "/open311/v2/requests/" .. case_id .. ".json")
  end
  return wrk.format("GET", "/open311/v2/services.json")
end

if pause > 0 then
  delay = function() return pause end
end
