/**
 * Which language a widget speaks: its own `lang`, else the nearest ancestor's `lang` (across shadow roots),
 * else Swedish. Widgets re-render when a `lang` attribute changes anywhere in the document.
 */
import { DEFAULT_LANGUAGE, supportedLanguage } from '../i18n/index.js';

/** The `lang` attribute of the nearest element at or above `node`, crossing shadow boundaries. */
export function nearestLangAttribute(node) {
	for (let current = node; current; current = current.parentNode ?? current.host) {
		if (current.nodeType === Node.ELEMENT_NODE && current.hasAttribute('lang')) {
			return current.getAttribute('lang');
		}
	}
	return undefined;
}

/** The supported language to use for `element`, given its own `lang` value (possibly empty). */
export function languageOf(element, own) {
	const tag = own || nearestLangAttribute(element.parentNode ?? undefined);
	return supportedLanguage(tag) ?? DEFAULT_LANGUAGE;
}

const listeners = new Set();
let observer;

/** Calls `element.requestUpdate()` whenever a `lang` attribute changes in the document, until unwatched. */
export function watchLanguage(element) {
	listeners.add(element);
	if (!observer) {
		observer = new MutationObserver(() => listeners.forEach((listener) => listener.requestUpdate()));
		observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['lang'] });
	}
}

export function unwatchLanguage(element) {
	listeners.delete(element);
	if (listeners.size === 0 && observer) {
		observer.disconnect();
		observer = undefined;
	}
}
