/**
 * Real Chromium for the widget tests and for end-to-end scripts: Debian's /usr/bin/chromium driven by
 * playwright-core (no Playwright browser download), plus an axe-core WCAG 2.1 AA check.
 *
 *   import { launchChromium, axeViolations, formatViolations } from '<repo>/widgets/test/support/browser.mjs';
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

/** axe-core's browser build (the engine @axe-core/playwright wraps), read once per test process. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Flags for a quiet, reproducible headless Chromium that talks to nothing but the pages it is sent to. */
export const CHROMIUM_ARGS = Object.freeze([
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
]);

/** axe-core tags for WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG21AA_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);

/** The Chromium binary: $BK_CHROMIUM if set, else Debian's /usr/bin/chromium; fails clearly when absent. */
export function chromiumExecutable() {
	const path = process.env.BK_CHROMIUM || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(`Chromium not found at ${path}. Install Debian's package (apt-get install -y chromium) `
			+ 'or point BK_CHROMIUM at a Chromium binary. Playwright browser downloads are not used.');
	}
	return path;
}

/**
 * Launches headless Chromium with a fresh, empty profile (Playwright's temporary user-data-dir), or, under
 * test/support/one-chromium.mjs ($BK_CHROMIUM_ENDPOINT set), connects to the one Chromium that run shares; closing
 * the connected browser closes this process's contexts and leaves the browser to the other test files.
 */
export function launchChromium(options = {}) {
	const endpoint = process.env.BK_CHROMIUM_ENDPOINT;
	if (endpoint && Object.keys(options).length === 0) return chromium.connect(endpoint);
	return chromium.launch({
		executablePath: chromiumExecutable(),
		args: [...CHROMIUM_ARGS],
		...options,
	});
}

/**
 * Runs axe-core on `page` (open shadow roots included) with the WCAG 2.1 AA rules and returns the violations.
 *
 * axe is put into the page once and run there directly. @axe-core/playwright's `analyze()` does the same work but
 * injects the engine again on every call and finishes each run in a new blank page, which took 1–2 s a check against
 * 20–50 ms here; the widget suite runs a few hundred checks. Frames are not entered: no widget renders one (the
 * sanitiser tests prove that), and an engine-less frame would stall the run.
 * @param {import('playwright-core').Page} page a page from `browser.newContext()`
 * @param {{include?: string, tags?: string[]}} [options]
 */
export async function axeViolations(page, { include, tags = WCAG21AA_TAGS } = {}) {
	if (!await page.evaluate(() => typeof window.axe === 'object')) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async ({ include, tags }) => {
		const { violations } = await window.axe.run(include ? { include: [include] } : document, {
			runOnly: { type: 'tag', values: tags },
			iframes: false,
			resultTypes: ['violations'],
		});
		return violations;
	}, { include, tags: [...tags] });
}

/** A readable list of axe violations for an assertion message. */
export function formatViolations(violations) {
	return violations
		.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
			.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary?.replaceAll('\n', ' ')}`)
			.join('\n')}`)
		.join('\n');
}
