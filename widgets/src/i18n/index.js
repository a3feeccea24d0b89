/**
 * Message catalogues and language choice for all widgets: Swedish first, English second. The words follow
 * GLOSSARY.md; numbers that decide a word's form use the ICU plural syntax (`{count, plural, one {…} other {…}}`),
 * resolved with `Intl.PluralRules` for the language.
 */
import sv from './sv.js';
import en from './en.js';

export const catalogues = Object.freeze({ sv, en });
export const DEFAULT_LANGUAGE = 'sv';

/** What messages call the intranet until the hub says otherwise (`budkavle.ui.product-name`). */
export const DEFAULT_PRODUCT_NAME = 'Budkavle';

/** Maps a BCP 47 tag (`sv-SE`, `en-GB`, `EN`) to a supported language, or `undefined`. */
export function supportedLanguage(tag) {
	const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
	return Object.hasOwn(catalogues, primary) ? primary : undefined;
}

/** The raw catalogue text for `key` in `lang`, falling back to Swedish; `undefined` when neither has it. */
export function message(lang, key) {
	return catalogues[lang]?.[key] ?? catalogues[DEFAULT_LANGUAGE][key];
}

/**
 * The string for `key` in `lang` with `{name}` placeholders filled from `params` and plurals chosen; falls back to
 * Swedish, then to the key itself so a missing string shows up instead of vanishing. `{product}` is the intranet's
 * name unless `params` gives one.
 */
export function translate(lang, key, params = {}) {
	const text = message(lang, key) ?? key;
	return format(text, supportedLanguage(lang) ?? DEFAULT_LANGUAGE, { product: DEFAULT_PRODUCT_NAME, ...params });
}

const pluralRules = new Map();

/** The plural category (`one`, `other`, …) of `count` in `lang`, by the platform's CLDR rules. */
export function pluralCategory(lang, count) {
	if (!pluralRules.has(lang)) pluralRules.set(lang, new Intl.PluralRules(lang));
	return pluralRules.get(lang).select(count);
}

/** Fills `text`'s placeholders; `{n, plural, =0 {…} one {…} other {…}}` picks a branch and `#` in it is `n`. */
export function format(text, lang, params) {
	let out = '';
	let index = 0;
	while (index < text.length) {
		const open = text.indexOf('{', index);
		if (open < 0) break;
		const close = matchingBrace(text, open);
		if (close < 0) break;
		out += text.slice(index, open) + placeholder(text.slice(open + 1, close), text.slice(open, close + 1), lang, params);
		index = close + 1;
	}
	return out + text.slice(index);
}

function matchingBrace(text, open) {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

function placeholder(inner, whole, lang, params) {
	const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
	if (!plural) {
		const name = inner.trim();
		return name in params ? String(params[name]) : whole;
	}
	const name = plural[1];
	if (!(name in params)) return whole;
	const branches = pluralBranches(inner.slice(plural[0].length));
	const count = Number(String(params[name]).replace(/[\s,]/g, ''));
	const chosen = branches.get(`=${count}`) ?? branches.get(pluralCategory(lang, count)) ?? branches.get('other') ?? '';
	return format(chosen.replaceAll('#', String(params[name])), lang, params);
}

function pluralBranches(options) {
	const branches = new Map();
	const selector = /\s*(=\d+|\w+)\s*\{/y;
	let match;
	while ((match = selector.exec(options))) {
		const open = selector.lastIndex - 1;
		const close = matchingBrace(options, open);
		if (close < 0) break;
		branches.set(match[1], options.slice(open + 1, close));
		selector.lastIndex = close + 1;
	}
	return branches;
}
