-- wrk script: files realistic northbound crossings as fast as the server takes them (closed loop).
--   wrk -t1 -c32 -d30s -s tools/load/file-crossings.lua http://localhost:8080
-- Every request carries unique declaration numbers (pedimento; US entry with its CATAIR check digit)
-- and an Idempotency-Key. Set RUN (0-89) to a new value for each run against the same database.
local run = tonumber(os.getenv("RUN") or "7")
local counter = 0
local thread_offset = 0

local pairs_ = { {"240","2304"}, {"800","2304"}, {"230","2604"}, {"070","2402"}, {"300","2305"},
                 {"400","2506"}, {"270","2303"}, {"170","2301"}, {"190","2507"}, {"330","2608"} }
local products = {
  {"Tomate roma (saladette) fresco", "0702000304", "KGM", "0702002032", 1.20, 18000, true},
  {"Aguacate Hass", "0804400100", "KGM", "0804400040", 2.50, 20000, false},
  {"Cerveza de malta", "2203000100", "LTR", "2203000030", 1.10, 20000, false},
  {"Televisores de pantalla plana", "8528720200", "C62", "8528720800", 300.0, 800, false},
  {"Computadoras portatiles", "8471300199", "C62", "8471300100", 500.0, 1000, false},
  {"Zarzamoras frescas", "0810100199", "KGM", "0810102040", 3.0, 15000, false},
}

function setup(thread)
  thread_offset = thread_offset + 1
  thread:set("thread_id", thread_offset)
end

-- CBP CATAIR Appendix E: Luhn over filer code (digits here) and 7-digit transaction number.
local function entry_number(filer, transaction)
  local first_ten = filer .. string.format("%07d", transaction % 10000000)
  local sum = 0
  for i = 1, 10 do
    local v = tonumber(first_ten:sub(i, i))
    if (10 - i) % 2 == 0 then v = v * 2 end
    sum = sum + math.floor(v / 10) + v % 10
  end
  return first_ten .. tostring((10 - sum % 10) % 10)
end

-- One crossing as JSON, with its idempotency key.
local function crossing()
  counter = counter + 1
  local serial = run * 100000 + (thread_id or 1) * 20000 + counter
  local pair = pairs_[(counter % #pairs_) + 1]
  local p = products[(counter % #products) + 1]
  local qty = p[6]
  local value = string.format("%.2f", qty * p[5])
  local pedimento = string.format("26%s3456%d%06d", pair[1]:sub(1, 2), 6, serial % 1000000)
  local entry = entry_number("316", serial)
  local entry_type = p[7] and "03" or "01"
  local adcvd = p[7] and ',"adCvdCases":["A-201-820"]' or ""
  local body = string.format([[{"direction":"NORTHBOUND","mxCustomsOffice":"%s","usPort":"%s","expectedArrival":"2026-11-26T14:30:00-06:00",
"carrier":{"scac":"TDNM","name":"Transportes del Norte SA de CV"},"conveyance":{"plate":"12AB34","plateCountry":"MX","trailer":"53TRL5531","seals":["SL123456"]},
"driver":{"name":"Operador %d"},"declarations":[
{"authority":"MX","number":"%s","operation":"EXP","type":"A1","regime":"EXD","filer":"3456","customsOffice":"%s","date":"2026-11-26",
"exporter":{"taxId":"AGR010215KJ3","name":"Agricola El Rosario SA de CV","country":"MX"},"buyer":{"taxId":"12-3456789","name":"Border Buyer LLC","country":"US"},
"currency":"USD","incoterm":"FCA","lines":[{"tariffCode":"%s","description":"%s","origin":"MX","destination":"US","quantity":{"value":%d,"unit":"%s"},"value":%s,"netWeightKg":%d}]},
{"authority":"US","number":"%s","type":"%s","filer":"316","customsOffice":"%s","date":"2026-11-26",
"importer":{"taxId":"12-345678900","name":"Border Buyer LLC","country":"US"},"seller":{"taxId":"AGR010215KJ3","name":"Agricola El Rosario SA de CV","country":"MX"},
"currency":"USD","lines":[{"tariffCode":"%s","description":"%s","origin":"MX","quantity":{"value":%d,"unit":"%s"},"value":%s,"preference":"S","manufacturer":"MXAGRELR123CUL"%s,"netWeightKg":%d}]}]}]],
    pair[1], pair[2], counter, pedimento, pair[1], p[2], p[1], qty, p[3], value, qty,
    entry, entry_type, pair[2], p[4], p[1], qty, p[3], value, adcvd, qty)
  return body, string.format("wrk-%d-%d", run, serial)
end

-- BATCH=n (1-100) files n crossings per request through POST /api/v1/crossings/batch.
local batch = tonumber(os.getenv("BATCH") or "0")

request = function()
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Basic YnJva2VyOmJyb2tlcg=="
  if batch > 0 then
    local items = {}
    for i = 1, batch do
      local body, key = crossing()
      items[i] = string.format('{"idempotencyKey":"%s","crossing":%s}', key, body)
    end
    return wrk.format("POST", "/api/v1/crossings/batch", headers, '{"crossings":[' .. table.concat(items, ",") .. ']}')
  end
  local body, key = crossing()
  headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/crossings", headers, body)
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local refused = batch > 0 and body:find('"status":4', 1, true)
  if ((status ~= 201 and status ~= 200) or refused) and (statuses[status] or 0) <= 2 then
    io.write("HTTP ", status, ": ", body:sub(1, 300), "\n")
  end
end
