/**
 * Builds what the hub serves under /widgets/ for intranet pages on other origins:
 *
 * - `budkavle-<hash>.js`: every element as one ES module (with a linked source map), named by its content so it can
 *   be cached for a year;
 * - `budkavle-classic-<hash>.js`: the same as a classic script (IIFE) for CMSs that cannot emit `type="module"`;
 * - `budkavle.js` and `budkavle.classic.js`: small stable loaders that name the current hashed files (the hub caches
 *   them briefly, with an ETag);
 * - `bk-push-sw.js`: the push service worker `bk-notifications` registers (a classic script under a stable name, since
 *   a browser keeps the address it registered; an intranet on another origin serves a copy of it, README: Web Push);
 * - `manifest.json`: every file with its size and Subresource Integrity hash (`sha384-…`), for pinned versions;
 * - `custom-elements.json`: every element's tag, attributes, events, parts and custom properties (the Custom Elements
 *   Manifest, see custom-elements.mjs), for editors, design systems and CMS integrations;
 * - `redoc-<version>.standalone.js`: Redoc from npm, which the hub's API reference page (/api-reference) loads, so the
 *   page needs nothing from outside the hub;
 * - `*.br` and `*.gz` beside every file of 1 KB or more, which the hub serves to browsers that accept them.
 *
 * Usage: node build.mjs [--outdir=DIR]   (default: dist/; Maven passes its classes/META-INF/resources/widgets)
 */
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { basename, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { writeCustomElementsManifest } from './custom-elements.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The stable names an intranet page uses; everything else the build writes is content-hashed. */
export const LOADERS = { module: 'budkavle.js', classic: 'budkavle.classic.js' };

/** Files smaller than this are not worth compressing. */
const COMPRESS_FROM_BYTES = 1024;

/** Names of files an earlier build wrote, removed first so that a directory never ships a stale bundle. */
const OWN_FILE = /^(budkavle(\.classic)?\.js|budkavle-(classic-)?[A-Z0-9]+\.js(\.map)?|manifest\.json|custom-elements\.json|bk-push-sw\.js|redoc-[0-9.]+\.standalone\.js)(\.br|\.gz)?$/;

/** Redoc's browser bundle as the hub serves it: named by its version, so it can be cached for a year. */
export async function redocFile() {
	const { version } = JSON.parse(await readFile(join(here, 'node_modules/redoc/package.json'), 'utf8'));
	return { name: `redoc-${version}.standalone.js`, source: join(here, 'node_modules/redoc/bundles/redoc.standalone.js') };
}

/** Options shared by the shipped build and the tests, so the tests exercise the same bundle. */
export function buildOptions(outdir) {
	return {
		absWorkingDir: here,
		entryPoints: { budkavle: 'src/index.js' },
		entryNames: '[name]-[hash]',
		outdir,
		bundle: true,
		format: 'esm',
		target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
		minify: true,
		sourcemap: 'linked',
		sourcesContent: true,
		legalComments: 'eof',
		charset: 'utf8',
		logLevel: 'warning',
	};
}

/** The classic-script build: the same elements, no exports, no source map (the module build has one). */
function classicOptions(outdir) {
	return {
		...buildOptions(outdir),
		entryPoints: { 'budkavle-classic': 'src/index.js' },
		format: 'iife',
		sourcemap: false,
	};
}

/** The push service worker: one classic script (module workers are not in every browser Budkavle supports). */
function workerOptions(outdir) {
	return {
		...buildOptions(outdir),
		entryPoints: { 'bk-push-sw': 'src/bk-notifications/bk-push-sw.js' },
		entryNames: '[name]',
		format: 'iife',
		sourcemap: false,
	};
}

async function bundle(options) {
	const result = await esbuild.build({ ...options, metafile: true });
	return Object.keys(result.metafile.outputs).map((output) => basename(output));
}

function moduleLoader(hashed) {
	return `/* Budkavle widgets: the current bundle is ${hashed} (see manifest.json). */\nexport * from './${hashed}';\n`;
}

/** Injects the hashed classic bundle next to this script, checked against its integrity hash. */
function classicLoader(hashed, integrity) {
	return `/* Budkavle widgets, classic script: the current bundle is ${hashed} (see manifest.json). */
(function () {
	var current = document.currentScript;
	var script = document.createElement('script');
	script.src = new URL(${JSON.stringify(hashed)}, current && current.src ? current.src : document.baseURI).href;
	script.integrity = ${JSON.stringify(integrity)};
	script.crossOrigin = 'anonymous';
	document.head.appendChild(script);
})();
`;
}

function integrityOf(content) {
	return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

async function removeEarlierBuild(outdir) {
	await mkdir(outdir, { recursive: true });
	const names = await readdir(outdir);
	await Promise.all(names.filter((name) => OWN_FILE.test(name)).map((name) => rm(join(outdir, name))));
}

async function compress(outdir, name) {
	const content = await readFile(join(outdir, name));
	if (content.length < COMPRESS_FROM_BYTES) return;
	await writeFile(join(outdir, `${name}.gz`), gzipSync(content, { level: 9 }));
	await writeFile(join(outdir, `${name}.br`), brotliCompressSync(content, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
	}));
}

async function manifestOf(outdir, names, hashed) {
	const files = {};
	for (const name of names.sort()) {
		const content = await readFile(join(outdir, name));
		files[name] = { bytes: content.length, integrity: integrityOf(content) };
	}
	return { ...hashed, loaders: LOADERS, files };
}

export async function build(outdir = resolve(here, 'dist')) {
	await removeEarlierBuild(outdir);
	const moduleOutputs = await bundle(buildOptions(outdir));
	const [classic] = await bundle(classicOptions(outdir));
	const module = moduleOutputs.find((name) => name.endsWith('.js'));
	const classicIntegrity = integrityOf(await readFile(join(outdir, classic)));
	await writeFile(join(outdir, LOADERS.module), moduleLoader(module));
	await writeFile(join(outdir, LOADERS.classic), classicLoader(classic, classicIntegrity));
	const elements = await writeCustomElementsManifest(outdir);
	const [worker] = await bundle(workerOptions(outdir));
	const served = [...moduleOutputs, classic, LOADERS.module, LOADERS.classic, elements, worker];
	const manifest = await manifestOf(outdir, served, { module, classic });
	await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	const redoc = await redocFile();
	await copyFile(redoc.source, join(outdir, redoc.name));
	const outputs = [...served, 'manifest.json', redoc.name];
	await Promise.all(outputs.map((name) => compress(outdir, name)));
	return { outdir, outputs, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const outdirArgument = process.argv.slice(2).find((argument) => argument.startsWith('--outdir='));
	const { outdir, outputs, manifest } = await build(outdirArgument ? resolve(outdirArgument.slice('--outdir='.length)) : undefined);
	console.log(`Built ${outputs.length} files into ${outdir}: ${manifest.module}, ${manifest.classic}`);
}
