/**
 * A client generated from the hub's OpenAPI document (openapi-typescript) must type-check against what the widgets
 * read from the API, so a contract change that would break a widget fails the build.
 *
 *   node test/contract/typecheck.mjs <openapi.json>   (run by the backend's ApiContractTests on the served document)
 *
 * Exits 0 when `calls.ts` compiles under `tsc --strict` against the generated `api.d.ts`, else prints tsc's errors.
 */
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import openapiTS, { astToString } from 'openapi-typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const document = process.argv[2];
if (!document) {
	console.error('usage: node test/contract/typecheck.mjs <openapi.json>');
	process.exit(2);
}

const dir = await mkdtemp(join(tmpdir(), 'budkavle-contract-'));
await writeFile(join(dir, 'api.d.ts'), astToString(await openapiTS(pathToFileURL(resolve(document)))));
await copyFile(join(here, 'calls.ts'), join(dir, 'calls.ts'));
const tsc = spawnSync(process.execPath, [join(here, '../../node_modules/typescript/bin/tsc'), '--noEmit', '--strict',
	'--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', join(dir, 'calls.ts')],
{ encoding: 'utf8' });
process.stdout.write(tsc.stdout);
process.stderr.write(tsc.stderr);
process.exit(tsc.status ?? 1);
