/**
 * A tiny static server for the widget tests: `/widgets/*` from the built bundle, everything else from
 * test/fixtures/. Only listens on 127.0.0.1.
 */
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetsRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = join(widgetsRoot, 'test', 'fixtures');

const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
};

/**
 * The directory holding budkavle.js: $BK_WIDGETS_DIR (Maven sets it to the bundle it ships), else a fresh
 * build of the current sources into a temporary directory.
 */
export async function bundleDirectory() {
	if (process.env.BK_WIDGETS_DIR) return resolve(process.env.BK_WIDGETS_DIR);
	const { build } = await import('../../build.mjs');
	const { outdir } = await build(await mkdtemp(join(tmpdir(), 'budkavle-widgets-')));
	return outdir;
}

function fileFor(root, urlPath) {
	const file = normalize(join(root, decodeURIComponent(urlPath)));
	return file.startsWith(root + sep) ? file : undefined;
}

/** Starts the server on a free port; `url` is its origin, `close()` stops it. */
export async function startServer({ bundleDir } = {}) {
	const widgetsDir = resolve(bundleDir ?? (await bundleDirectory()));
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url, 'http://localhost');
		const file = pathname.startsWith('/widgets/')
			? fileFor(widgetsDir, pathname.slice('/widgets/'.length))
			: fileFor(fixturesDir, pathname === '/' ? 'index.html' : pathname);
		try {
			if (!file) throw new Error('outside the served directories');
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Not found');
		}
	});
	await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		widgetsDir,
		close: () => new Promise((closed) => {
			server.closeAllConnections();
			server.close(closed);
		}),
	};
}
