/**
 * Downloads of the files the hub makes (CSV, XLSX, PDF, JSON) for every element: the file is fetched with the bearer
 * token, as a blob, and saved through an object URL under the name the hub gives in Content-Disposition.
 */
import { ApiProblem, apiUrl } from './api-client.js';
import { resolveToken } from './token-source.js';

/** The file name in a Content-Disposition header (`filename*=UTF-8''…` preferred over `filename="…"`), or null. */
export function dispositionFilename(header) {
	if (!header) return null;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// Not valid percent-encoding: fall back to the plain parameter.
		}
	}
	const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
	if (!plain) return null;
	return (plain[1] ?? plain[2]).replace(/\\(.)/g, '$1');
}

/**
 * Fetches `path` below `/api/v1/` with the bearer token and saves it under the name the hub gives (else
 * `fallbackName`); resolves to the name used.
 * @param {{hub?: string, token?: unknown}} options
 * @param {string} path
 * @param {string} accept the media types asked for, e.g. `text/csv` or `application/pdf`
 * @param {string} fallbackName used when the hub's Content-Disposition cannot be read (e.g. not exposed by CORS)
 * @throws {ApiProblem} for any non-2xx answer or an unreachable hub
 */
export async function downloadFile({ hub, token }, path, accept, fallbackName) {
	const headers = { Accept: `${accept}, application/problem+json` };
	const bearer = await resolveToken(token);
	if (bearer) headers.Authorization = `Bearer ${bearer}`;
	let response;
	try {
		response = await fetch(apiUrl(hub, path), { headers, credentials: 'omit' });
	} catch (error) {
		throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
	}
	if (!response.ok) throw await ApiProblem.fromResponse(response);
	const name = dispositionFilename(response.headers.get('content-disposition')) ?? fallbackName;
	const url = URL.createObjectURL(await response.blob());
	try {
		const link = document.createElement('a');
		link.href = url;
		link.download = name;
		link.rel = 'noopener';
		link.click();
	} finally {
		// The download has started from the click; keep the URL a while so a slow save can still read it.
		setTimeout(() => URL.revokeObjectURL(url), 30_000);
	}
	return name;
}
