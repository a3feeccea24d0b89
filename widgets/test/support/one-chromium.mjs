/**
 * Runs `node <arguments>` (the widget tests: `--test … src/*\/*.test.mjs`) with one headless Chromium for the whole
 * run instead of one per test file. `node --test` runs every file in a process of its own, and each launched its own
 * browser (about 2.5 CPU s a launch); here the browser is started once as a Playwright browser server and every file
 * connects to it through $BK_CHROMIUM_ENDPOINT (launchChromium in browser.mjs). Each test still gets a fresh browser
 * context, so files and tests share no cookies, storage or routes. Exits with the tests' exit code.
 *
 *   node test/support/one-chromium.mjs --test --test-reporter=spec src/*\/*.test.mjs
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

const server = await chromium.launchServer({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
const tests = spawn(process.execPath, process.argv.slice(2), {
	stdio: 'inherit',
	env: { ...process.env, BK_CHROMIUM_ENDPOINT: server.wsEndpoint() },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => tests.kill(signal));
const code = await new Promise((exited) => tests.on('exit', (status, signal) => exited(status ?? (signal ? 1 : 0))));
await server.close();
process.exit(code);
