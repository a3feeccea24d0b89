/**
 * Where a widget's bearer token comes from: the element's own `token` property, else the page-wide
 * `window.Budkavle.token`. Either may be a string or a function returning a string or a Promise of one,
 * so a host page can hand over its own token callback (for example keycloak-js `updateToken`).
 */

/** Thrown when the host page's token callback fails; the widget shows it as an error with a retry. */
export class TokenUnavailable extends Error {
	constructor(cause) {
		super('The host page could not provide a token', { cause });
		this.name = 'TokenUnavailable';
	}
}

/** Thrown by a token callback when nobody is signed in yet (bk-session); the widget asks the reader to sign in. */
export class SignedOut extends Error {
	constructor() {
		super('Nobody is signed in');
		this.name = 'SignedOut';
	}
}

/**
 * Resolves the token to send, or `undefined` when there is none.
 * @param {string | (() => string | Promise<string>) | null | undefined} own the element's `token` property
 * @returns {Promise<string | undefined>}
 */
export async function resolveToken(own) {
	const source = own ?? globalThis.Budkavle?.token;
	let token;
	try {
		token = typeof source === 'function' ? await source() : source;
	} catch (error) {
		throw new TokenUnavailable(error);
	}
	return typeof token === 'string' && token.trim() !== '' ? token.trim() : undefined;
}
