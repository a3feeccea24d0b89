/**
 * Writes `custom-elements.json` (the Custom Elements Manifest schema, by @custom-elements-manifest/analyzer) for every
 * element `src/index.js` exports: tag name, summary, attributes and properties, events (`@fires`), parts
 * (`@csspart`), custom properties (`@cssproperty`) and slots (`@slot`), read from each element's JSDoc.
 *
 * Each element documents itself in the comment at the top of its module (`bk-foo/bk-foo.js`) and registers through
 * `static elementName`; the analyzer reads JSDoc only above a class and tag names only from `customElements.define`,
 * so the sources are read with that comment moved above the class and `@tagname` added. An element without a
 * `@summary` gets the first sentence of its description. Shared parts and custom properties are documented on
 * `BkElement` (shared/bk-element.js) and inherited.
 *
 * Usage: node custom-elements.mjs [--outdir=DIR]   (the build calls `customElementsManifest()` itself)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer/index.js';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export const MANIFEST_NAME = 'custom-elements.json';

/** The element classes `src/index.js` exports, with the module each comes from: `[{name, path}]` (paths below src/). */
export async function exportedElements() {
	const index = await readFile(join(here, 'src/index.js'), 'utf8');
	const elements = [];
	for (const [, names, from] of index.matchAll(/^export \{([^}]+)\} from '\.\/(bk-[a-z-]+)\/[a-z-]+\.js';$/gm)) {
		for (const name of names.split(',').map((part) => part.trim()).filter(Boolean)) {
			elements.push({ name, path: `${from}/${from}.js` });
		}
	}
	return elements;
}

/** The module's source with its header comment moved above `export class` and the tag name declared there. */
export function documentedSource(text) {
	const header = text.match(/^\/\*\*[\s\S]*?\*\//);
	const declaration = text.match(/^export class \w+ extends \w+ \{\n(?:\tstatic elementName = '([a-z0-9-]+)';)?/m);
	if (!header || !declaration || /\*\/\n(?:@\w+.*\n)*export class/.test(text)) return text;
	const tag = declaration[1];
	const comment = tag ? header[0].replace(/\s*\*\/$/, `\n * @tagname ${tag}\n */`) : header[0];
	const body = text.slice(header[0].length);
	return body.replace(declaration[0], `${comment}\n${declaration[0]}`);
}

function firstSentence(description) {
	const flat = (description ?? '').replace(/\s+/g, ' ').trim();
	const end = flat.search(/\.(\s|$)/);
	return end === -1 ? flat : flat.slice(0, end + 1);
}

/** Builds the manifest object for the exported elements (and the shared base they inherit from). */
export async function customElementsManifest() {
	const elements = await exportedElements();
	const paths = ['shared/bk-element.js', ...new Set(elements.map((element) => element.path))];
	const texts = new Map(await Promise.all(paths.map(async (path) => [`src/${path}`, await readFile(join(here, 'src', path), 'utf8')])));
	const modules = [...texts].map(([path, text]) => ts.createSourceFile(path, documentedSource(text), ts.ScriptTarget.ES2022, true));
	const manifest = create({ modules, plugins: [...litPlugin()] });
	const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'BkElement');
	for (const module of manifest.modules) {
		for (const declaration of module.declarations ?? []) {
			if (declaration.kind !== 'class') continue;
			if (declaration.customElement && declaration !== base && texts.get(module.path)?.includes('sharedStyles')) {
				// The theme (shared/styles.js) is documented once, on BkElement; elements of their own styling carry it too.
				const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
				const theme = (base?.cssProperties ?? []).filter((property) => !own.has(property.name))
					.map((property) => ({ ...property, inheritedFrom: property.inheritedFrom ?? { name: 'BkElement', module: 'src/shared/bk-element.js' } }));
				declaration.cssProperties = [...(declaration.cssProperties ?? []), ...theme];
			}
			if (!declaration.summary && declaration.description) declaration.summary = firstSentence(declaration.description);
			// `emit(type, …)` is not an event of its own: the events are those named in `@fires`.
			if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
			// Private class members (#name) are no part of the element's interface.
			if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
		}
	}
	return manifest;
}

/** Writes `custom-elements.json` into `outdir`; returns its name. */
export async function writeCustomElementsManifest(outdir) {
	const manifest = await customElementsManifest();
	await writeFile(join(outdir, MANIFEST_NAME), `${JSON.stringify(manifest, null, '\t')}\n`);
	return MANIFEST_NAME;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const outdirArgument = process.argv.slice(2).find((argument) => argument.startsWith('--outdir='));
	const outdir = outdirArgument ? resolve(outdirArgument.slice('--outdir='.length)) : resolve(here, 'dist');
	console.log(`Wrote ${join(outdir, await writeCustomElementsManifest(outdir))}`);
}
