/** Small helpers the element tests share: mounting an element on the fixture page, focus, overflow, colours. */

/**
 * Opens the fixture page at `url` and adds `<tag>` with the given attributes and a string token.
 * Resolves once the element is in the page.
 */
export async function mountElement(page, url, tag, { attributes = {}, token = 'token', htmlLang } = {}) {
	await page.goto(url);
	await page.evaluate((tag) => customElements.whenDefined(tag), tag);
	await page.evaluate(({ tag, attributes, token, htmlLang }) => {
		if (htmlLang !== undefined) document.documentElement.lang = htmlLang;
		const element = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		if (token) element.token = token;
		document.getElementById('host').append(element);
	}, { tag, attributes, token, htmlLang });
}

/** The element focused now, looking into shadow roots, with its outline. */
export function focusedElement(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		const style = getComputedStyle(active);
		return {
			tag: active.localName,
			part: active.getAttribute('part'),
			text: active.textContent.trim(),
			outlineStyle: style.outlineStyle,
			outlineWidth: parseFloat(style.outlineWidth),
			outlineColor: style.outlineColor,
		};
	});
}

/**
 * Waits until focus, looking into shadow roots, is on an element whose text is `text`: an element moves focus in its
 * update after the render, which may come a moment after the new content is visible. Resolves with that element.
 */
export async function focusOnText(page, text, timeout = 5000) {
	await page
		.waitForFunction((text) => {
			let active = document.activeElement;
			while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
			return active?.textContent.trim() === text;
		}, text, { timeout })
		.catch(() => undefined);
	return focusedElement(page);
}

/** Presses Tab until the focused element's part list contains `part` (at most `limit` presses). */
export async function tabTo(page, part, limit = 40) {
	for (let step = 0; step < limit; step++) {
		await page.keyboard.press('Tab');
		const focused = await focusedElement(page);
		if ((focused.part ?? '').split(/\s+/).includes(part)) return focused;
	}
	throw new Error(`no element with part ${part} reached by Tab`);
}

/** How far the page scrolls sideways (0 = not at all). */
export function horizontalOverflow(page) {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Text colour, the nearest opaque background and the top border of the first match of `selector` in `tag`'s shadow root. */
export function colours(page, tag, selector) {
	return page.evaluate(({ tag, selector }) => {
		const element = document.querySelector(tag).shadowRoot.querySelector(selector);
		const style = getComputedStyle(element);
		let background = 'rgba(0, 0, 0, 0)';
		for (let node = element; node && background === 'rgba(0, 0, 0, 0)'; node = node.parentElement ?? node.getRootNode().host) {
			background = getComputedStyle(node).backgroundColor;
		}
		return { color: style.color, background, border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}` };
	}, { tag, selector });
}
