/** A stub of the hub's questions API for the bk-ask-manager and bk-question-inbox tests, plus sample questions. */

/**
 * Routes every `/api/v1/questions…` call on `page` to `answer({method, path, key, body}, request)` and records the
 * calls (method, path with query, follow-up key header, JSON body) in the returned array.
 */
export async function serveQuestions(page, answer) {
	const calls = [];
	await page.route('**/api/v1/questions**', async (route) => {
		const request = route.request();
		const headers = await request.allHeaders();
		const url = new URL(request.url());
		const text = request.postData();
		const call = {
			method: request.method(),
			path: url.pathname.replace(/^\/api\/v1\//, '') + url.search,
			key: headers['x-follow-up-key'],
			authorization: headers.authorization,
			body: text ? JSON.parse(text) : undefined,
		};
		calls.push(call);
		const reply = await answer(call, request);
		if (reply === 'abort') {
			await route.abort('connectionrefused');
			return;
		}
		await route.fulfill({ ...reply, headers: { 'access-control-allow-origin': '*', ...reply.headers } });
	});
	return calls;
}

const PERMISSIONS = Object.freeze({ answer: true, close: true, forward: false, upvote: false });

/** A full question view as GET /api/v1/questions/{id} answers it. */
export function questionView(overrides = {}) {
	return {
		id: '11111111-1111-4111-8111-111111111111',
		subject: 'Semesterschemat i sommar',
		body: 'När kommer schemat för juli?',
		anonymous: false,
		visibility: 'PRIVATE',
		state: 'ANSWERED',
		askedAt: '2026-11-20T08:00:00Z',
		answerDueAt: '2026-11-27T08:00:00Z',
		overdue: false,
		firstAnsweredAt: '2026-11-21T09:00:00Z',
		closedAt: null,
		asker: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Ahmed Hassan' },
		unit: { id: 'u0000000-0000-4000-8000-000000000001', name: 'Hemtjänst Syd' },
		askedUnit: { id: 'u0000000-0000-4000-8000-000000000001', name: 'Hemtjänst Syd' },
		withHr: false,
		upvotes: 0,
		upvoted: false,
		messages: [{ id: 'm1', body: 'Schemat kommer på fredag.', author: { id: 'b1', name: 'Maria Holm' }, byAsker: false, at: '2026-11-21T09:00:00Z' }],
		events: [
			{ kind: 'ASKED', at: '2026-11-20T08:00:00Z', by: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Ahmed Hassan' }, fromUnit: null,
				toUnit: { id: 'u0000000-0000-4000-8000-000000000001', name: 'Hemtjänst Syd' }, toHr: false, note: null },
			{ kind: 'ANSWERED', at: '2026-11-21T09:00:00Z', by: { id: 'b1', name: 'Maria Holm' }, fromUnit: null, toUnit: null, toHr: false, note: null },
		],
		permissions: PERMISSIONS,
		followUpKey: null,
		...overrides,
	};
}

/** The list form of a question view, as GET /api/v1/questions answers it. */
export function summary(view) {
	const { body, messages, events, permissions, followUpKey, firstAnsweredAt, closedAt, ...rest } = view;
	return { ...rest, excerpt: body, messageCount: messages?.length ?? 0 };
}

/** An invalid-request problem with field errors. */
export function invalid(errors) {
	return {
		status: 422,
		contentType: 'application/problem+json',
		body: JSON.stringify({ type: 'urn:budkavle:problem:invalid-request', title: 'Invalid request', status: 422, detail: 'Invalid', errors }),
	};
}
