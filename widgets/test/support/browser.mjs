/**
 * Real Chromium for the widget tests and for end-to-end scripts: Debian's /usr/bin/chromium driven by
 * playwright-core (no Playwright browser download), plus an axe-core WCAG 2.1 AA check.
 *
 *   import { launchChromium, axeViolations, formatViolations } from '<repo>/widgets/test/support/browser.mjs';
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

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

/** Launches headless Chromium with a fresh, empty profile (Playwright's temporary user-data-dir). */
export function launchChromium(options = {}) {
	return chromium.launch({
		executablePath: chromiumExecutable(),
		args: [...CHROMIUM_ARGS],
		...options,
	});
}

/**
 * Runs axe-core on `page` (open shadow roots included) with the WCAG 2.1 AA rules and returns the violations.
 * @param {import('playwright-core').Page} page a page from `browser.newContext()` (axe needs a regular context)
 * @param {{include?: string, tags?: string[]}} [options]
 */
export async function axeViolations(page, { include, tags = WCAG21AA_TAGS } = {}) {
	let builder = new AxeBuilder({ page }).withTags([...tags]);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations;
}

/** A readable list of axe violations for an assertion message. */
export function formatViolations(violations) {
	return violations
		.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
			.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary?.replaceAll('\n', ' ')}`)
			.join('\n')}`)
		.join('\n');
}
