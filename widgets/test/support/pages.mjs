/**
 * One browser context and one page for a whole test file, reset between tests.
 *
 * A new context per test cost Chromium a renderer process each time: about 2.4 CPU s a test against about 0.4 s for
 * a reset and a fresh navigation (measured; see "Test cost" in widgets/README.md). The reset leaves the next test what
 * a new context gave it: no routes, no init scripts, no event listeners of its own, empty storage, no service workers,
 * no cookies or permissions, no emulated media, the file's viewport, and a blank document, so no timer, socket or
 * element of the last test lives on. A test that closes the page gets a new context at the next `fresh()`.
 *
 *   const filePage = pagePerFile(browser, { timezoneId: 'UTC' });
 *   test('…', async () => {
 *   	const page = await filePage.fresh({ viewport: { width: 320, height: 640 } });
 */

/** Playwright's default viewport, which a context without a `viewport` option has. */
const DEFAULT_VIEWPORT = Object.freeze({ width: 1280, height: 720 });

/** Media emulation switched off, as in a new page. */
const NO_EMULATED_MEDIA = Object.freeze({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });

/**
 * The file's page in a context with `contextOptions` (the options every test of the file shares, such as `timezoneId`):
 * `fresh(options)` opens it at the first call and resets it at every later one, and resolves with it.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [contextOptions]
 */
export function pagePerFile(browser, contextOptions = {}) {
	const viewport = contextOptions.viewport ?? DEFAULT_VIEWPORT;
	let context;
	let page;
	let listeners;
	const disposables = [];

	/** A new context and page: at the start, and after a test closed the page (whose storage is then out of reach). */
	async function open() {
		await context?.close();
		disposables.length = 0;
		context = await browser.newContext(contextOptions);
		page = await context.newPage();
		// Init scripts cannot be removed from outside: keep what each one returns to dispose of it at the next reset.
		const addInitScript = page.addInitScript.bind(page);
		page.addInitScript = async (...args) => {
			const disposable = await addInitScript(...args);
			disposables.push(disposable);
			return disposable;
		};
		listeners = ownListeners(page);
	}

	async function reset() {
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		for (const disposable of disposables.splice(0)) await disposable.dispose();
		for (const name of page.eventNames()) {
			for (const listener of page.listeners(name)) if (!listeners.get(name)?.includes(listener)) page.off(name, listener);
		}
		if (/^https?:/.test(page.url())) {
			await page.evaluate(async () => {
				localStorage.clear();
				sessionStorage.clear();
				const registrations = await navigator.serviceWorker?.getRegistrations() ?? [];
				await Promise.all(registrations.map((registration) => registration.unregister()));
			}).catch(() => undefined);
		}
		await page.goto('about:blank');
		await Promise.all([context.clearCookies(), context.clearPermissions(), page.emulateMedia(NO_EMULATED_MEDIA)]);
	}

	return {
		/** The file's context, as the last `fresh()` left it. */
		get context() {
			return context;
		},
		/** The file's page, reset for a new test, at `viewport` (else the file's). */
		async fresh(options = {}) {
			if (page && !page.isClosed()) await reset();
			else await open();
			await page.setViewportSize(options.viewport ?? viewport);
			return page;
		},
		close: () => context?.close(),
	};
}

/** The listeners Playwright and the file put on a page before its first test, which a reset keeps. */
function ownListeners(page) {
	return new Map(page.eventNames().map((name) => [name, [...page.listeners(name)]]));
}
