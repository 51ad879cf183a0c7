-- POST the same body to one path (BENCH_PATH, BENCH_BODY) with a bearer token (BENCH_TOKEN).
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }
local body = os.getenv("BENCH_BODY")
request = function() return wrk.format("POST", os.getenv("BENCH_PATH"), headers, body) end
