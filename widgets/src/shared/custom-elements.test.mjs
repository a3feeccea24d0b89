import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { customElementsManifest, documentedSource, exportedElements } from '../../custom-elements.mjs';

const src = fileURLToPath(new URL('..', import.meta.url));

/**
 * Parts an element's folder renders that its JSDoc does not document yet, by tag. The list may only shrink: a part
 * added without `@csspart` fails, and so does a listed part once it is documented (take it off the list then).
 */
const UNDOCUMENTED_PARTS = JSON.parse(await readFile(new URL('../../custom-elements-undocumented.json', import.meta.url), 'utf8'));

/** The literal part names in `part="…"` attributes of the element's folder (names built from expressions are skipped). */
async function partsUsed(folder) {
	const parts = new Set();
	for (const text of await sources(folder)) {
		for (const [, value] of text.matchAll(/\bpart="([^"]*)"/g)) {
			for (const token of value.replace(/\$\{[^}]*\}/g, '\u0000').split(/\s+/)) {
				if (/^[a-z][a-z0-9-]*$/.test(token)) parts.add(token);
			}
		}
	}
	return parts;
}

/** The custom properties (`var(--bk-…)`) the element's folder and the shared styles read. */
async function propertiesUsed(folder) {
	const texts = [...await sources(folder), await readFile(join(src, 'shared/styles.js'), 'utf8')];
	return new Set(texts.flatMap((text) => [...text.matchAll(/var\((--bk-[a-z0-9-]+)/g)].map((match) => match[1])));
}

async function sources(folder) {
	const names = (await readdir(join(src, folder))).filter((name) => name.endsWith('.js'));
	return Promise.all(names.map((name) => readFile(join(src, folder, name), 'utf8')));
}

describe('custom-elements.json', () => {
	let manifest;
	let elements;

	before(async () => {
		manifest = await customElementsManifest();
		elements = await exportedElements();
	});

	function declarationOf(name) {
		return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === name);
	}

	test('has every element index.js exports, with its tag name and a one-line summary', () => {
		assert.ok(elements.length >= 20, `index.js exports ${elements.length} elements`);
		for (const { name, path } of elements) {
			const declaration = declarationOf(name);
			assert.ok(declaration?.customElement, `${name} (${path}) is in the manifest as a custom element`);
			assert.match(declaration.tagName ?? '', /^bk-[a-z-]+$/, `${name} has its tag name`);
			assert.ok(declaration.summary?.trim(), `${name} has a summary`);
			assert.doesNotMatch(declaration.summary, /\n/, `${name}'s summary is one line`);
		}
	});

	test('documents the attributes, events and shared parts every element inherits from BkElement', () => {
		const derived = elements.filter(({ name }) => declarationOf(name).superclass?.name === 'BkElement');
		assert.ok(derived.length >= 20, `${derived.length} elements extend BkElement`);
		for (const { name } of derived) {
			const declaration = declarationOf(name);
			const attributes = declaration.attributes.map((attribute) => attribute.name);
			assert.ok(attributes.includes('hub') && attributes.includes('lang'), `${name}: ${attributes}`);
			assert.ok(declaration.events.some((event) => event.name === 'bk-token-expired'), `${name} fires bk-token-expired`);
			const parts = declaration.cssParts.map((part) => part.name);
			for (const part of ['status', 'alert', 'retry-button']) assert.ok(parts.includes(part), `${name} documents part ${part}`);
			assert.ok(!declaration.members.some((member) => member.name.startsWith('#')), `${name} lists no private members`);
		}
	});

	test('documents every custom property an element reads', async () => {
		for (const { name, path } of elements) {
			const documented = new Set(declarationOf(name).cssProperties.map((property) => property.name));
			const missing = [...await propertiesUsed(path.split('/')[0])].filter((property) => !documented.has(property));
			assert.deepEqual(missing, [], `${name} reads custom properties it does not document (@cssproperty)`);
		}
	});

	test('documents every part an element renders, but for the ones listed as not documented yet', async () => {
		for (const { name, path } of elements) {
			const declaration = declarationOf(name);
			const documented = new Set(declaration.cssParts.map((part) => part.name));
			const missing = [...await partsUsed(path.split('/')[0])].filter((part) => !documented.has(part)).sort();
			assert.deepEqual(missing, [...(UNDOCUMENTED_PARTS[declaration.tagName] ?? [])].sort(),
				`${declaration.tagName}: document new parts with @csspart; take documented ones off custom-elements-undocumented.json`);
		}
	});

	test('moves a module\'s header comment above its class with the tag name, so the analyzer reads it', () => {
		const moved = documentedSource("/**\n * `<bk-x>` does x.\n * @csspart base - the frame\n */\nimport { a } from 'b';\n\n"
			+ "export class BkX extends BkElement {\n\tstatic elementName = 'bk-x';\n}\n");
		assert.match(moved, /@csspart base - the frame\n \* @tagname bk-x\n \*\/\nexport class BkX extends BkElement \{/);
		assert.ok(moved.startsWith("\nimport { a } from 'b';"));
	});
});
