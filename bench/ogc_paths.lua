-- wrk script for bench/ogc, the same for every server and every run (items pages, kept page, /healthz):
-- each request takes the next path of a list file (one path per line, written by bench/ogc_urls.py).
-- Thread k of T starts at position (k − 1) × n / T of the list and walks it in order, wrapping round, so a
-- path comes back only after about n / T requests. With a one-line list every request is the same URL.
-- Usage: wrk -t2 -c32 -d10s -s bench/ogc_paths.lua http://127.0.0.1:PORT PATHS_FILE THREADS

local started = 0

function setup(thread)
    started = started + 1
    thread:set("id", started)
end

function init(args)
    local file, threads
    for _, value in ipairs(args) do
        if value ~= "--" then
            if file == nil then file = value elseif threads == nil then threads = tonumber(value) end
        end
    end
    assert(file, "bench/ogc_paths.lua: give the paths file after the URL")
    paths = {}
    for line in io.lines(file) do
        if line ~= "" then paths[#paths + 1] = line end
    end
    assert(#paths > 0, "bench/ogc_paths.lua: no paths in " .. file)
    position = math.floor((id - 1) * #paths / (threads or 1)) % #paths + 1
end

function request()
    local path = paths[position]
    position = position % #paths + 1
    return wrk.format("GET", path)
end
