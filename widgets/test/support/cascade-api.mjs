/**
 * The hub's budkavle API for the cascade element tests, in the shapes of docs (the cascade JSON contract): one route
 * on a page answering `/api/v1/…` from a table of handlers a test may change, recording every call with its body.
 */
import { json } from './api.mjs';

export const CASCADE = 'a1000000-0000-4000-8000-000000000001';
export const OTHER = 'a1000000-0000-4000-8000-000000000002';
export const FORVALTNING = 'c0000000-0000-4000-8000-000000000000';
export const AVDELNING = 'c0000000-0000-4000-8000-00000000000a';
export const SYD = 'c0000000-0000-4000-8000-000000000001';
export const NORR = 'c0000000-0000-4000-8000-000000000002';
export const POST = 'b0000000-0000-4000-8000-000000000009';

/** A unit in a relay box or toolkit. */
export function relayUnit(unitId, name, state, onBehalf = false) {
	return { unitId, name, state, deadline: '2026-12-10T16:00:00Z', onBehalf };
}

export function relayItem(overrides = {}) {
	return {
		id: CASCADE, title: 'Ny bemanningsplan', sender: { name: 'Karin Lindqvist' }, sentAt: '2026-12-03T09:00:00Z',
		units: [relayUnit(SYD, 'Hemtjänst Syd', 'NOT_OPENED'), relayUnit(NORR, 'Hemtjänst Norr', 'OVERDUE', true)],
		counts: null, ...overrides,
	};
}

export function toolkit(overrides = {}) {
	const item = relayItem();
	return {
		id: CASCADE, title: item.title, message: 'Vi **ändrar** bemanningen i hemtjänsten från januari.',
		messageHtml: '<p>Vi <strong>ändrar</strong> bemanningen i hemtjänsten från januari.</p><script>window.hacked = true</script>',
		changes: 'Två personal på kvällspassen i stället för en.', unchanged: 'Ingen blir av med sin tjänst.',
		talkingPoints: ['Tryggare kvällar för brukarna', 'Schemat läggs om i december'],
		questions: [{ question: 'Får jag behålla mitt schema?', answer: 'Ja, fram till den 1 februari.' }],
		localJudgement: 'Hur ni fördelar passen i gruppen.', doNotSay: 'Löner – de förhandlas i vår.',
		feedbackQuestion: 'Vad betyder det här för er?', mode: 'LEVEL_BY_LEVEL',
		sender: { id: 'p1', name: 'Karin Lindqvist' }, sentAt: item.sentAt, units: item.units, canTrack: true, ...overrides,
	};
}

/** The tracker from the förvaltning down: Avdelningen (relayed), under it Syd (discussed) and Norr (overdue, carried). */
export function tracker(overrides = {}) {
	const rollup = (units, values) => ({ units, notOpened: 0, opened: 0, relayed: 0, discussed: 0, overdue: 0, ...values });
	return {
		cascadeId: CASCADE, title: 'Ny bemanningsplan',
		levels: [{ level: 1, units: 1, medianHours: 20.5 }, { level: 2, units: 2, medianHours: null }],
		root: {
			unitId: AVDELNING, name: 'Äldreomsorgsavdelningen', level: 1, manager: { name: 'Anna Ek' }, carriedBy: null,
			state: 'RELAYED', deadline: '2026-12-08T16:00:00Z', openedAt: '2026-12-03T10:00:00Z', relayedAt: '2026-12-04T05:30:00Z',
			relays: [{ kind: 'POST', at: '2026-12-04T05:30:00Z', onBehalf: false, postId: POST }],
			rollup: rollup(3, { relayed: 1, discussed: 1, overdue: 1 }),
			reach: { audience: 120, read: 80, acknowledged: 40 },
			children: [
				{ unitId: SYD, name: 'Hemtjänst Syd', level: 2, manager: { name: 'Sara Lind' }, carriedBy: null, state: 'DISCUSSED',
					deadline: '2026-12-11T16:00:00Z', relays: [{ kind: 'MEETING', at: '2026-12-05T08:00:00Z', onBehalf: false }],
					rollup: rollup(1, { discussed: 1 }), reach: null, children: [] },
				{ unitId: NORR, name: 'Hemtjänst Norr', level: 2, manager: null, carriedBy: { name: 'Anna Ek' }, state: 'OVERDUE',
					deadline: '2026-12-04T16:00:00Z', relays: [], rollup: rollup(1, { overdue: 1 }), reach: null, children: [] },
			],
		},
		feedback: { meetings: 1, participants: 8, answers: [{ unitId: SYD, unitName: 'Hemtjänst Syd', date: '2026-12-05',
			questions: 'Hur blir det med helgerna?\nFår vi fler vikarier?', feedback: 'Positivt, men oro för sjukfrånvaron.' }] },
		...overrides,
	};
}

/**
 * Routes every `/api/v1/` call of `page` to `handlers[`${method} ${path}`]` (path without the `/api/v1/` prefix and
 * query), else to a 404. Returns `{handlers, calls}`: tests change `handlers` and read `calls`
 * (`{method, path, query, body, accept}`).
 */
export async function serveCascadeApi(page, handlers = {}) {
	const calls = [];
	await page.route(/\/api\/v1\//, async (route) => {
		const request = route.request();
		const url = new URL(request.url());
		const path = url.pathname.replace(/^\/api\/v1\//, '');
		let body;
		try {
			body = request.postDataJSON();
		} catch {
			body = request.postData();
		}
		const call = { method: request.method(), path, query: url.searchParams, body, accept: request.headers().accept };
		calls.push(call);
		const handler = handlers[`${call.method} ${path}`];
		const reply = handler ? await handler(call, calls.filter((other) => other.method === call.method && other.path === path).length)
			: { status: 404, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', status: 404, title: 'Not Found' }) };
		await route.fulfill({ ...reply, headers: { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Content-Disposition', ...reply.headers } });
	});
	return { handlers, calls };
}

export { json };
