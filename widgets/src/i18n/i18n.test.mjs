import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues, format, supportedLanguage, translate } from './index.js';

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

test('plurals follow the language: one and other in Swedish and English, =0 when given', () => {
	assert.equal(translate('sv', 'news-feed.comments', { count: 0 }), '0 kommentarer');
	assert.equal(translate('sv', 'news-feed.comments', { count: 1 }), '1 kommentar');
	assert.equal(translate('sv', 'news-feed.comments', { count: 7 }), '7 kommentarer');
	assert.equal(translate('en', 'news-feed.comments', { count: 1 }), '1 comment');
	assert.equal(translate('en', 'news-feed.comments', { count: 2 }), '2 comments');
	assert.equal(translate('sv', 'ack-progress.reminded', { reminded: 1, already: 0 }), 'Påminnelse skickad till 1 person.');
	assert.equal(translate('sv', 'ack-progress.reminded', { reminded: 3, already: 1 }),
		'Påminnelse skickad till 3 personer. 1 person hade redan fått en påminnelse i dag.');
});

test('a plural keeps the placeholders inside its branch and reads grouped numbers', () => {
	assert.equal(format('{n, plural, one {# ny från {name}} other {# nya från {name}}}', 'sv', { n: 1, name: 'Ada' }), '1 ny från Ada');
	assert.equal(format('{n, plural, one {# text} other {# texter}}', 'sv', { n: '1\u00a0500' }), '1\u00a0500 texter');
	assert.equal(format('{n, plural, one {# text} other {# texter}}', 'sv', {}), '{n, plural, one {# text} other {# texter}}');
});

test('messages name the intranet given as the product, and Budkavle until one is given', () => {
	assert.equal(translate('sv', 'common.error.network', { product: 'Insidan' }),
		'Det gick inte att nå Insidan. Kontrollera anslutningen och försök igen.');
	assert.equal(translate('en', 'common.error.network'), 'Budkavle could not be reached. Check the connection and try again.');
});
