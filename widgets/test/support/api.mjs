/** Answers a page's calls to the hub API with `page.route()`, in the real API's shapes. */

/** A 200 JSON answer. */
export function json(body, status = 200) {
	return { status, contentType: 'application/json', body: JSON.stringify(body) };
}

/** An RFC 9457 problem answer as the backend sends it. */
export function problem(status, type, title, detail) {
	return {
		status,
		contentType: 'application/problem+json',
		body: JSON.stringify({ type: type.includes(':') ? type : `urn:budkavle:problem:${type}`, title, status, detail }),
	};
}

/** The resource server's 401: no body, only a WWW-Authenticate header. */
export function unauthorized() {
	return { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token", error_description="Jwt expired"' }, body: '' };
}

/**
 * Routes `pattern` on `page` to `answer(request, callNumber)` and records every call (url, method,
 * Authorization header) in the returned array.
 */
export async function serveApi(page, pattern, answer) {
	const calls = [];
	await page.route(pattern, async (route) => {
		const request = route.request();
		const headers = await request.allHeaders();
		calls.push({ url: request.url(), method: request.method(), authorization: headers.authorization });
		const reply = await answer(request, calls.length);
		await route.fulfill({ ...reply, headers: { 'access-control-allow-origin': '*', ...reply.headers } });
	});
	return calls;
}

/** A promise with its resolve function, to hold an answer back until a test has looked at the loading state. */
export function deferred() {
	let resolve;
	const promise = new Promise((done) => {
		resolve = done;
	});
	return { promise, resolve };
}
