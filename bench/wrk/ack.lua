-- wrk script of `bench/run.sh ack`: PUT .../acknowledgement with a different person's token on every request, taken
-- in turn from the token file (one per line) given after `--`; counting and the summary line come from summary.lua.
--   wrk ... -s bench/wrk/ack.lua URL -- tokens.txt

local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "summary.lua")

local summary_setup = setup
local summary_init = init
local threads_started = 0

function setup(thread)
	summary_setup(thread)
	thread:set("thread_index", threads_started)
	threads_started = threads_started + 1
end

local tokens = {}
local next_token

function init(args)
	summary_init(args)
	for line in io.lines(args[1]) do
		if #line > 0 then
			tokens[#tokens + 1] = line
		end
	end
	-- threads start far apart in the list, so they ask for different people until the list is used up
	next_token = (thread_index * 7919) % #tokens
end

function request()
	next_token = next_token % #tokens + 1
	return wrk.format("PUT", wrk.path, { ["Authorization"] = "Bearer " .. tokens[next_token] }, nil)
end
