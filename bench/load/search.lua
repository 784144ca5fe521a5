-- wrk script: GET /api/search with a rotating mix of queries, facets,
-- filters and pages, as the search page sends them; prints one summary.
-- Used by http_load.sh; see README.md.

local queries = {
  "q=oil&facets=person,country,org,event,source,date",
  "q=trade+deficit&facets=country,org",
  "q=bank+rate&limit=10&offset=10",
  "q=gold&sort=-date",
  "q=wheat+exports&facets=country",
  "q=opec+oil+prices&facets=org,country,date",
  "q=japan&filter=country:JP&facets=person,org",
  "q=%22interest+rates%22&facets=country",
  "q=dollar+yen&limit=20",
  "q=coffee+OR+cocoa&facets=country,date",
  "q=merger+acquisition&facets=org",
  "q=stock*&facets=source",
  "q=&facets=country,person,org&limit=10",
  "q=grain&filter=country:US&since=1987-03&until=1987-04",
  "q=shipping+strike&facets=country",
  "q=earnings+profit&sort=date&limit=5",
}

-- Globals, not locals: done() reads them from each thread with get().
counter = 0
non2xx = 0
status5xx = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = id * 7
end

function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/search?" .. q)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if status >= 500 then status5xx = status5xx + 1 end
end

function done(summary, latency, requests)
  local n2, n5 = 0, 0
  for _, t in ipairs(threads) do
    n2 = n2 + t:get("non2xx")
    n5 = n5 + t:get("status5xx")
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write("----- http load summary\n")
  io.write(string.format("requests:        %d in %.1f s\n", summary.requests, seconds))
  io.write(string.format("requests/s:      %.1f\n", summary.requests / seconds))
  io.write(string.format("latency p50:     %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p90:     %.2f ms\n", latency:percentile(90) / 1000))
  io.write(string.format("latency p99:     %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("latency max:     %.2f ms\n", latency.max / 1000))
  io.write(string.format("socket errors:   connect %d, read %d, write %d, timeout %d\n",
                         e.connect, e.read, e.write, e.timeout))
  io.write(string.format("non-2xx:         %d (5xx: %d)\n", n2, n5))
end
