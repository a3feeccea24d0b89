import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues, supportedLanguage, translate } from './index.js';

test('the Swedish and English catalogues have the same keys', () => {
	assert.deepEqual(Object.keys(catalogues.en).sort(), Object.keys(catalogues.sv).sort());
});

test('every string is non-empty in both catalogues', () => {
	for (const [lang, catalogue] of Object.entries(catalogues)) {
		for (const [key, text] of Object.entries(catalogue)) {
			assert.ok(text.trim().length > 0, `${lang}: ${key} is empty`);
		}
	}
});

test('language tags are reduced to a supported language', () => {
	assert.equal(supportedLanguage('sv-SE'), 'sv');
	assert.equal(supportedLanguage('EN-gb'), 'en');
	assert.equal(supportedLanguage('de'), undefined);
	assert.equal(supportedLanguage(''), undefined);
});

test('placeholders are filled and missing strings fall back to Swedish', () => {
	assert.equal(translate('en', 'common.error.generic', { status: 502 }),
		'Something went wrong in Budkavle (error 502). Try again in a while.');
	assert.equal(translate('fi', 'me.units'), 'Mina enheter');
});
