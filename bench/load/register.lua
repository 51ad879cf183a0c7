-- POST /api/cases: each request registers a new case, with a number no other request uses.
--   BENCH_TOKEN  the access token
--   BENCH_BASE   the first sequence number of this run (each thread counts from its own block)
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Content-Type"] = "application/json" }
local base = tonumber(os.getenv("BENCH_BASE") or "1000000")
local threads = 0

function setup(thread)
  thread:set("block", base + threads * 1000000)
  threads = threads + 1
end

local counter = 0
request = function()
  counter = counter + 1
  local number = "（2026）湘0681执" .. (block + counter) .. "号"
  local body = '{"caseNumber":"' .. number .. '","filedOn":"2026-11-27","nonLitigation":false,'
    .. '"basis":{"issuer":"汨罗市人民法院","documentNumber":"（2026）湘0681民初321号","effectiveOn":"2026-10-20"},'
    .. '"claimedAmount":320500.50,'
    .. '"applicants":[{"kind":"Enterprise","name":"湖南楚天建设工程有限公司","creditCode":"91350100M000100Y43","phone":"0730-5212345"}],'
    .. '"respondents":[{"kind":"NaturalPerson","name":"陈海涛","idNumber":"11010519491231002X","phone":"13973012345"}],'
    .. '"summary":"建设工程施工合同纠纷，拖欠工程款。"}'
  return wrk.format("POST", "/api/cases", headers, body)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
end
