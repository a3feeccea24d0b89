import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bold, heading, link, list } from './markdown-edit.js';

/** Applies an edit to text with the selection marked by [ and ], and marks the result's selection the same way. */
function apply(edit, marked, placeholder) {
	const start = marked.indexOf('[');
	const end = marked.indexOf(']') - 1;
	const text = marked.replace('[', '').replace(']', '');
	const result = edit(text, start, end, placeholder);
	return `${result.value.slice(0, result.start)}[${result.value.slice(result.start, result.end)}]${result.value.slice(result.end)}`;
}

test('bold wraps the selection, or inserts a selected placeholder', () => {
	assert.equal(apply(bold, 'Hämta [nyckeln] i dag', 'fetstil'), 'Hämta **[nyckeln]** i dag');
	assert.equal(apply(bold, 'Hämta [] i dag', 'fetstil'), 'Hämta **[fetstil]** i dag');
});

test('a link keeps the selected words as its text and selects the address to type over', () => {
	assert.equal(apply(link, 'Läs [rutinen] nu', 'länktext'), 'Läs [rutinen]([https://]) nu');
	assert.equal(apply(link, 'Läs []', 'länktext'), 'Läs [länktext]([https://])');
});

test('a list marks every selected line once and a heading marks the caret line', () => {
	assert.equal(apply(list, 'Ta med:\n\n[nyckel\nbricka]', undefined), 'Ta med:\n\n- nyckel\n- bricka[]');
	assert.equal(apply(list, '- [nyckel\n* bricka\n]', undefined), '- nyckel\n- bricka[]\n');
	assert.equal(apply(list, 'Ta med:\nny[]ckel', undefined), 'Ta med:\n\n- nyckel[]', 'a blank line before the list');
	assert.equal(apply(list, '[]', undefined), '- []');
	assert.equal(apply(heading, 'Intro\n\nNy[]ckl\nText', undefined), 'Intro\n\n## Nyckl[]\nText');
	assert.equal(apply(heading, '### Nyck[]lar', undefined), '## Nycklar[]');
});
