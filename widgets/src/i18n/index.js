/** Message catalogues and language choice for all widgets: Swedish first, English second. */
import sv from './sv.js';
import en from './en.js';

export const catalogues = Object.freeze({ sv, en });
export const DEFAULT_LANGUAGE = 'sv';

/** Maps a BCP 47 tag (`sv-SE`, `en-GB`, `EN`) to a supported language, or `undefined`. */
export function supportedLanguage(tag) {
	const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
	return Object.hasOwn(catalogues, primary) ? primary : undefined;
}

/**
 * The string for `key` in `lang` with `{name}` placeholders filled from `params`; falls back to Swedish,
 * then to the key itself so a missing string shows up instead of vanishing.
 */
export function translate(lang, key, params = {}) {
	const text = catalogues[lang]?.[key] ?? catalogues[DEFAULT_LANGUAGE][key] ?? key;
	return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}
