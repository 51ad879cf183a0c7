-- GET requests over a list of paths, one after another per thread, with a bearer token.
--   BENCH_TOKEN   the access token
--   BENCH_PATHS   a file of paths, one per line (or BENCH_PATH for one path)
--   BENCH_PREFIX  put before each line (e.g. /api/cases?q=)
local paths = {}
local prefix = os.getenv("BENCH_PREFIX") or ""
local file = os.getenv("BENCH_PATHS")
if file then
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = prefix .. line end
  end
else
  paths[1] = os.getenv("BENCH_PATH")
end
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") }
local counter = 0

function setup(thread)
  thread:set("offset", math.random(1, #paths))
end

request = function()
  counter = counter + 1
  local path = paths[((counter + (offset or 0)) % #paths) + 1]
  return wrk.format("GET", path, headers)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
end
