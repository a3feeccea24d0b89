-- wrk script of the bench runner: counts every answer that is not 2xx (wrk's own count skips 3xx) and ends with one
-- machine-readable line the runner parses.

local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	non2xx = 0
end

function response(status, headers, body)
	if status < 200 or status > 299 then
		non2xx = non2xx + 1
	end
end

function done(summary, latency, requests)
	local bad = 0
	for _, thread in ipairs(threads) do
		bad = bad + thread:get("non2xx")
	end
	local errors = summary.errors
	io.write(string.format(
		"WRK requests=%d duration_us=%d bytes=%d non2xx=%d socket_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%d\n",
		summary.requests, summary.duration, summary.bytes, bad,
		errors.connect + errors.read + errors.write + errors.timeout,
		latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
