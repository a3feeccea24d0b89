import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { catalogues } from './index.js';

/** The rows of GLOSSARY.md's "Words not to use" table: `{lang, word, allowedPrefixes}`. */
function forbiddenWords() {
	const text = readFileSync(new URL('./GLOSSARY.md', import.meta.url), 'utf8');
	const section = text.slice(text.indexOf('## Words not to use'));
	return [...section.matchAll(/^\| (sv|en) \| `([^`]+)` \|[^|]*\|([^|]*)\|$/gm)].map(([, lang, word, allowed]) => ({
		lang, word, allowedPrefixes: [...allowed.matchAll(/`([^`]+)`/g)].map((match) => match[1]),
	}));
}

/** A word ending in `*` matches every word it begins; otherwise the whole word or phrase. A capital makes case count. */
function matcher(word) {
	const stem = word.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const end = word.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])';
	return new RegExp(`(?<![\\p{L}\\p{N}])${stem}${end}`, /\p{Lu}/u.test(word) ? 'u' : 'iu');
}

const rules = forbiddenWords();

test('the glossary names the words not to use in both languages', () => {
	assert.ok(rules.filter((rule) => rule.lang === 'sv').length >= 8, JSON.stringify(rules));
	assert.ok(rules.filter((rule) => rule.lang === 'en').length >= 5, JSON.stringify(rules));
});

test('the forbidden-word matcher finds inflected words and whole phrases only', () => {
	assert.match('Läs inlägget', matcher('inlägg*'));
	assert.match('Bekräfta att du läst', matcher('bekräft*'));
	assert.doesNotMatch('Kvittera att du läst', matcher('bekräft*'));
	assert.match('Öppna i Budkavle.', matcher('Budkavle'));
	assert.doesNotMatch('Skicka budkavlen vidare', matcher('Budkavle'));
	assert.doesNotMatch('Du kan inte se räckvidd för den här enheten.', matcher('på den här enheten'));
	assert.match('Koden är sparad på den här enheten.', matcher('på den här enheten'));
});

for (const lang of ['sv', 'en']) {
	test(`no ${lang} catalogue string uses a word the glossary forbids`, () => {
		const slips = [];
		for (const [key, text] of Object.entries(catalogues[lang])) {
			for (const rule of rules.filter((candidate) => candidate.lang === lang)) {
				if (rule.allowedPrefixes.some((prefix) => key.startsWith(prefix))) continue;
				if (matcher(rule.word).test(text)) slips.push(`${key}: "${rule.word}" in ${JSON.stringify(text)}`);
			}
		}
		assert.deepEqual(slips, []);
	});
}

test('Swedish strings quote with ” and English with “ ”, never with straight quotes', () => {
	for (const [lang, catalogue] of Object.entries(catalogues)) {
		for (const [key, text] of Object.entries(catalogue)) {
			assert.ok(!text.includes('"'), `${lang}: ${key} has a straight quote: ${text}`);
			if (lang === 'sv') assert.ok(!/[“„]/.test(text), `sv: ${key} has an English quote: ${text}`);
		}
	}
});

test('no string picks its plural in code: there are no -one keys left', () => {
	const oneKeys = Object.keys(catalogues.sv).filter((key) => /-one$/.test(key) && !/\{title\}/.test(catalogues.sv[key]));
	assert.deepEqual(oneKeys, []);
});
