-- wrk script of bench/run.sh comments: 20 % comment posts and 80 % first pages of the thread, the same mix and bodies
-- for the hub and for Waline. Arguments (after --): hub|waline, the list path, the post path, a bearer token or "-",
-- and a label of this run (warm-up, round) that goes into every comment, so no run repeats an earlier run's texts.
-- Counts answers that are not 2xx (or, from Waline, not errno 0) and ends with the runner's machine-readable WRK line (as summary.lua, plus posts).

local threads = {}
local counter = 0

function setup(thread)
	table.insert(threads, thread)
	counter = counter + 1
	thread:set("id", counter)
end

function init(args)
	non2xx = 0
	posts = 0
	kind, list_path, post_path, token, run = args[1], args[2], args[3], args[4], args[5]
	math.randomseed(id * 7919)
	headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
	if token ~= "-" then
		headers["Authorization"] = "Bearer " .. token
	end
	n = 0
end

function request()
	n = n + 1
	if math.random() < 0.2 then
		posts = posts + 1
		-- unique across runs, so that Waline's duplicate check never refuses one
		local text = "Kommentar " .. run .. "-" .. id .. "-" .. n .. "-" .. math.random(1, 1000000000)
			.. " om schemat, se https://intranat.stad.se/schema"
		local body
		if kind == "hub" then
			body = '{"body":"' .. text .. '"}'
		else
			body = '{"comment":"' .. text .. '","nick":"Ahmed Hassan","mail":"ahmed.hassan@demo.budkavle.se",'
				.. '"link":"","url":"/bench","ua":"wrk"}'
		end
		return wrk.format("POST", post_path, headers, body)
	end
	return wrk.format("GET", list_path, headers)
end

function response(status, headers, body)
	-- Waline answers refusals (duplicate, too fast, spam) with HTTP 200 and a non-zero errno: those count as failures
	if status < 200 or status > 299 or (kind == "waline" and not string.find(body, '"errno":0', 1, true)) then
		non2xx = non2xx + 1
	end
end

function done(summary, latency, requests)
	local bad, posted = 0, 0
	for _, thread in ipairs(threads) do
		bad = bad + thread:get("non2xx")
		posted = posted + thread:get("posts")
	end
	local errors = summary.errors
	io.write(string.format(
		"WRK requests=%d duration_us=%d bytes=%d non2xx=%d socket_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%d posts=%d\n",
		summary.requests, summary.duration, summary.bytes, bad,
		errors.connect + errors.read + errors.write + errors.timeout,
		latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean, posted))
end
