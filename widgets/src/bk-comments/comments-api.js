/**
 * The writes `bk-comments` makes (POST, PUT, DELETE below `/api/v1/`), with the same token and problem handling as
 * the shared GET client.
 */
import { ApiProblem, apiUrl } from '../shared/api-client.js';
import { resolveToken } from '../shared/token-source.js';

/**
 * Sends `body` (JSON, optional) with `method` to `path` and returns the JSON answer, or `null` for 204.
 * @throws {ApiProblem} for any non-2xx answer or an unreachable hub
 */
export async function send({ hub, token }, method, path, body) {
	const headers = { Accept: 'application/json, application/problem+json' };
	const bearer = await resolveToken(token);
	if (bearer) headers.Authorization = `Bearer ${bearer}`;
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	let response;
	try {
		response = await fetch(apiUrl(hub, path), {
			method, headers, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body),
		});
	} catch (error) {
		throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
	}
	if (!response.ok) throw await ApiProblem.fromResponse(response);
	return response.status === 204 ? null : response.json();
}

/** Splits plain text into text and http(s) link parts, the way the hub links them. */
export function linkParts(text) {
	const parts = [];
	const pattern = /\bhttps?:\/\/[^\s<>"'`]+/gi;
	let done = 0;
	for (const match of text.matchAll(pattern)) {
		const url = match[0].replace(/[.,;:!?)\]}]+$/, '');
		if (match.index > done) parts.push({ text: text.slice(done, match.index) });
		parts.push({ text: url, href: url });
		done = match.index + url.length;
	}
	if (done < text.length) parts.push({ text: text.slice(done) });
	return parts;
}
