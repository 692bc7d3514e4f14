-- wrk script for bench/hotline: Open311 POST requests.json with an API key from OASIS_BENCH_KEY,
-- each request a distinct report (position varies) so that nothing is deduplicated.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local key = os.getenv("OASIS_BENCH_KEY")
local counter = 0
request = function()
  counter = counter + 1
  local body = "api_key=" .. key .. "&service_code=C0101&lat=43.8" .. string.format("%04d", counter % 10000)
    .. "&long=87.61&description=bench%20report%20" .. counter
  return wrk.format(nil, nil, nil, body)
end
