/**
 * A tiny OpenID Connect provider in node for bk-session's tests: discovery, an authorization endpoint that signs
 * the reader in at once (as an issuer with a live session would) and redirects back with a code, a token endpoint
 * that checks PKCE (S256) and issues unsigned JWTs with a short lifetime, refresh, and end-session. Everything it
 * was asked is recorded, so a test can assert what the browser sent.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const base64url = (value) => Buffer.from(value).toString('base64url');
const jwt = (claims) => `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;

/**
 * @param {{name?: string, lifetime?: number}} [options] `lifetime`: seconds an access token is valid
 */
export async function startOidcProvider({ name = 'Maria Holm', lifetime = 300 } = {}) {
	const codes = new Map();
	const refreshTokens = new Set();
	const provider = {
		url: '',
		lifetime,
		/** Query parameters of every authorization request. */
		authorizations: [],
		/** Form parameters of every token request. */
		tokenRequests: [],
		/** Every access token issued, in order. */
		accessTokens: [],
		/** Query parameters of every end-session request. */
		logouts: [],
		/** Refresh tokens to refuse from now on (as an issuer does when the session ended). */
		revoked: new Set(),
	};

	function tokens(nonce) {
		const now = Math.floor(Date.now() / 1000);
		const sub = 'd3b07384-d9a0-4c9b-8f1e-0c2d4b6e8f10';
		const access = jwt({ iss: provider.url, sub, aud: 'budkavle-api', iat: now, exp: now + provider.lifetime, jti: randomUUID(), name });
		const refresh = jwt({ iss: provider.url, sub, typ: 'Refresh', iat: now, exp: now + 1800, jti: randomUUID() });
		const id = jwt({ iss: provider.url, sub, aud: 'budkavle-widgets', iat: now, exp: now + provider.lifetime, nonce, name });
		refreshTokens.add(refresh);
		provider.accessTokens.push(access);
		return { access_token: access, refresh_token: refresh, id_token: id, token_type: 'Bearer', expires_in: provider.lifetime };
	}

	function discovery() {
		return {
			issuer: provider.url,
			authorization_endpoint: `${provider.url}/auth`,
			token_endpoint: `${provider.url}/token`,
			end_session_endpoint: `${provider.url}/logout`,
			userinfo_endpoint: `${provider.url}/userinfo`,
			response_types_supported: ['code'],
			code_challenge_methods_supported: ['S256'],
		};
	}

	function authorize(query, response) {
		provider.authorizations.push(query);
		const code = randomUUID();
		codes.set(code, { challenge: query.code_challenge, method: query.code_challenge_method, nonce: query.nonce, redirectUri: query.redirect_uri });
		const back = new URL(query.redirect_uri);
		const params = new URLSearchParams({ state: query.state, session_state: 'session-1', code });
		back.hash = params.toString();
		response.writeHead(302, { location: back.href }).end();
	}

	function token(form) {
		provider.tokenRequests.push(form);
		if (form.grant_type === 'authorization_code') {
			const grant = codes.get(form.code);
			codes.delete(form.code);
			const verified = grant && grant.method === 'S256' && form.code_verifier
				&& createHash('sha256').update(form.code_verifier).digest('base64url') === grant.challenge;
			if (!verified || grant.redirectUri !== form.redirect_uri) return [400, { error: 'invalid_grant' }];
			return [200, tokens(grant.nonce)];
		}
		if (form.grant_type === 'refresh_token' && refreshTokens.has(form.refresh_token) && !provider.revoked.has(form.refresh_token)) {
			return [200, tokens(undefined)];
		}
		return [400, { error: 'invalid_grant' }];
	}

	const server = createServer(async (request, response) => {
		const url = new URL(request.url, 'http://localhost');
		// As Keycloak answers a client's web origin: keycloak-js sends its token requests with credentials.
		const cors = { 'access-control-allow-origin': request.headers.origin ?? '*', 'access-control-allow-credentials': 'true',
			'access-control-allow-headers': 'content-type, authorization' };
		if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
		const reply = (status, body) => response.writeHead(status, { ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' })
			.end(JSON.stringify(body));
		if (url.pathname === '/.well-known/openid-configuration') return reply(200, discovery());
		if (url.pathname === '/auth') return authorize(Object.fromEntries(url.searchParams), response);
		if (url.pathname === '/logout') {
			provider.logouts.push(Object.fromEntries(url.searchParams));
			return response.writeHead(302, { location: url.searchParams.get('post_logout_redirect_uri') }).end();
		}
		if (url.pathname === '/token' && request.method === 'POST') {
			let body = '';
			for await (const chunk of request) body += chunk;
			return reply(...token(Object.fromEntries(new URLSearchParams(body))));
		}
		return reply(404, { error: 'not_found' });
	});
	await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
	provider.url = `http://127.0.0.1:${server.address().port}`;
	provider.close = () => new Promise((closed) => {
		server.closeAllConnections();
		server.close(closed);
	});
	return provider;
}
