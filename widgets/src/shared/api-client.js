/**
 * The widgets' only way to the hub: `GET ${hub}/api/v1/...` with the bearer token, JSON back, and RFC 9457
 * problem details turned into {@link ApiProblem}s.
 */
import { resolveToken } from './token-source.js';

const PROBLEM_PREFIX = 'urn:budkavle:problem:';

/** A failed call: the HTTP status (0 when the hub could not be reached) and the problem details, if any. */
export class ApiProblem extends Error {
	constructor({ status, type = 'about:blank', title = '', detail = '', errors = [] }) {
		super(detail || title || `HTTP ${status}`);
		this.name = 'ApiProblem';
		this.status = status;
		this.type = type;
		this.title = title;
		this.detail = detail;
		/** Field errors of an `invalid-request` problem: `[{field, message}]`. */
		this.errors = errors;
	}

	/** The part of a Budkavle problem type after `urn:budkavle:problem:`, e.g. `unknown-person`. */
	get code() {
		return this.type.startsWith(PROBLEM_PREFIX) ? this.type.slice(PROBLEM_PREFIX.length) : undefined;
	}

	static async fromResponse(response) {
		const fields = { status: response.status, title: response.statusText };
		const contentType = response.headers.get('content-type') ?? '';
		if (/json/i.test(contentType)) {
			try {
				const body = await response.json();
				if (body && typeof body === 'object') {
					for (const key of ['type', 'title', 'detail']) {
						if (typeof body[key] === 'string') fields[key] = body[key];
					}
					if (Array.isArray(body.errors)) fields.errors = body.errors;
				}
			} catch {
				// A body that is not JSON after all still leaves the status to go by.
			}
		}
		return new ApiProblem(fields);
	}
}

/** Joins the hub's base URL (may be empty for same origin, may end in a slash) and an API path. */
export function apiUrl(hub, path) {
	const base = (hub ?? '').trim().replace(/\/+$/, '');
	return `${base}/api/v1/${path.replace(/^\/+/, '')}`;
}

/** Calls the hub's API on behalf of one widget. */
export class ApiClient {
	/**
	 * @param {{hub?: string, token?: unknown}} options `hub`: base URL ('' = same origin); `token`: see token-source.js
	 */
	constructor({ hub, token } = {}) {
		this.hub = hub;
		this.token = token;
	}

	/**
	 * GETs `path` below `/api/v1/` and returns the parsed JSON body.
	 * @throws {ApiProblem} for any non-2xx answer or an unreachable hub
	 * @throws {import('./token-source.js').TokenUnavailable} when the token callback fails
	 */
	async get(path, { signal } = {}) {
		const headers = { Accept: 'application/json, application/problem+json' };
		const token = await resolveToken(this.token);
		if (token) headers.Authorization = `Bearer ${token}`;
		let response;
		try {
			response = await fetch(apiUrl(this.hub, path), { headers, signal, credentials: 'omit' });
		} catch (error) {
			if (error?.name === 'AbortError') throw error;
			throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
		}
		if (!response.ok) throw await ApiProblem.fromResponse(response);
		return response.json();
	}

	/**
	 * Sends `method` (POST, PUT, …) to `path` below `/api/v1/` with `body` as JSON (when given) and returns the
	 * parsed JSON answer, or `null` when there is none (204).
	 * @throws {ApiProblem} for any non-2xx answer or an unreachable hub
	 */
	async send(method, path, { body, headers: extra = {}, signal } = {}) {
		const headers = { Accept: 'application/json, application/problem+json', ...extra };
		if (body !== undefined) headers['Content-Type'] = 'application/json';
		const token = await resolveToken(this.token);
		if (token) headers.Authorization = `Bearer ${token}`;
		let response;
		try {
			response = await fetch(apiUrl(this.hub, path), {
				method, headers, signal, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body),
			});
		} catch (error) {
			if (error?.name === 'AbortError') throw error;
			throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
		}
		if (!response.ok) throw await ApiProblem.fromResponse(response);
		if (response.status === 204 || !/json/i.test(response.headers.get('content-type') ?? '')) return null;
		return response.json();
	}

	/**
	 * POSTs `form` (a FormData, sent as multipart/form-data) to `path` below `/api/v1/` and returns the parsed JSON
	 * answer.
	 * @throws {ApiProblem} for any non-2xx answer or an unreachable hub
	 */
	async sendForm(path, form, { signal } = {}) {
		const headers = { Accept: 'application/json, application/problem+json' };
		const token = await resolveToken(this.token);
		if (token) headers.Authorization = `Bearer ${token}`;
		let response;
		try {
			response = await fetch(apiUrl(this.hub, path), { method: 'POST', headers, signal, credentials: 'omit', body: form });
		} catch (error) {
			if (error?.name === 'AbortError') throw error;
			throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
		}
		if (!response.ok) throw await ApiProblem.fromResponse(response);
		return response.json();
	}
}
