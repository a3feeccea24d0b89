/**
 * Bundles src/index.js into one ES module, budkavle.js, with a linked source map.
 * Usage: node build.mjs [--outdir=DIR]   (default: dist/; Maven passes its classes/META-INF/resources/widgets)
 */
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Options shared by the shipped build and the tests, so the tests exercise the same bundle. */
export function buildOptions(outdir) {
	return {
		absWorkingDir: here,
		entryPoints: { budkavle: 'src/index.js' },
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

export async function build(outdir = resolve(here, 'dist')) {
	const result = await esbuild.build({ ...buildOptions(outdir), metafile: true });
	return { outdir, outputs: Object.keys(result.metafile.outputs) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const outdirArgument = process.argv.slice(2).find((argument) => argument.startsWith('--outdir='));
	const { outdir, outputs } = await build(outdirArgument ? resolve(outdirArgument.slice('--outdir='.length)) : undefined);
	console.log(`Built ${outputs.length} files into ${outdir}`);
}
