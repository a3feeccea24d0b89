/**
 * Runs `node <arguments>` (the widget tests: `--test … src/*\/*.test.mjs`) with one headless Chromium and one bundle
 * for the whole run instead of one per test file. `node --test` runs every file in a process of its own, and each
 * launched its own browser (about 2.5 CPU s a launch); here the browser is started once as a Playwright browser server
 * and every file connects to it through $BK_CHROMIUM_ENDPOINT (launchChromium in browser.mjs). Without
 * $BK_WIDGETS_DIR (Maven sets it to the bundle it ships) every file built the bundle again (about 8 CPU s a build, see
 * bundleDirectory in server.mjs); here it is built once and handed down in $BK_WIDGETS_DIR. Each file has its own
 * browser context (test/support/pages.mjs), so files share no cookies, storage or routes. Exits with the tests' exit
 * code.
 *
 * Unless the arguments say otherwise (--test-concurrency=N), two files run at a time even on two cores, where
 * `node --test` would run one (its default is one less than the cores): a file spends most of its time waiting for the
 * browser, so one file at a time left a core idle.
 *
 *   node test/support/one-chromium.mjs --test --test-reporter=spec src/*\/*.test.mjs
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';
import { bundleDirectory } from './server.mjs';

const bundle = await bundleDirectory();
const server = await chromium.launchServer({ executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] });
const args = process.argv.slice(2);
if (args.includes('--test') && !args.some((arg) => arg.startsWith('--test-concurrency'))) {
	args.splice(args.indexOf('--test') + 1, 0, `--test-concurrency=${Math.max(2, availableParallelism() - 1)}`);
}
const tests = spawn(process.execPath, args, {
	stdio: 'inherit',
	env: { ...process.env, BK_CHROMIUM_ENDPOINT: server.wsEndpoint(), BK_WIDGETS_DIR: bundle },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => tests.kill(signal));
const code = await new Promise((exited) => tests.on('exit', (status, signal) => exited(status ?? (signal ? 1 : 0))));
await server.close();
if (!process.env.BK_WIDGETS_DIR) await rm(bundle, { recursive: true, force: true });
process.exit(code);
