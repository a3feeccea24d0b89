/**
 * The hub's records API for the bk-records-search and bk-audit-log tests, in the shapes of se.budkavle.records
 * (SearchController, AuditController, DisclosureController, ExtractController), served through the route table of
 * cascade-api.mjs.
 */
export { json, serveCascadeApi as serveRecordsApi } from './cascade-api.mjs';

export const REGISTRATOR = 'd0000000-0000-4000-8000-000000000001';
export const AHMED = 'd0000000-0000-4000-8000-000000000002';
export const MARIA = 'd0000000-0000-4000-8000-000000000003';
export const ROOT = 'c0000000-0000-4000-8000-000000000100';
export const ALDRE = 'c0000000-0000-4000-8000-000000000101';
export const SYD = 'c0000000-0000-4000-8000-000000000102';
export const POST = 'b0000000-0000-4000-8000-000000000001';
export const HIDDEN = 'b0000000-0000-4000-8000-000000000002';
export const DELETED = 'b0000000-0000-4000-8000-000000000003';
export const QUESTION = 'b0000000-0000-4000-8000-000000000004';
export const DISCLOSURE = 'e0000000-0000-4000-8000-000000000001';

/** The registrator as `GET me` shows her: the records role for the whole organisation, in a unit of Äldreomsorg. */
export function registratorMe() {
	return { id: REGISTRATOR, displayName: 'Birgitta Holmgren', email: null, roles: ['records'],
		scopes: [{ role: 'records', unitId: null, unitName: null }], units: [{ id: SYD, name: 'Hemtjänst Syd' }], manages: [], manager: null };
}

/** The org chart from Hemtjänst Syd up to the top, for the unit choices. */
export function units() {
	return {
		[SYD]: { id: SYD, name: 'Hemtjänst Syd', parent: { id: ALDRE, name: 'Äldreomsorg' }, children: [] },
		[ALDRE]: { id: ALDRE, name: 'Äldreomsorg', parent: { id: ROOT, name: 'Hägersten-Älvsjö' }, children: [{ id: SYD, name: 'Hemtjänst Syd', kind: 'UNIT' }] },
		[ROOT]: { id: ROOT, name: 'Hägersten-Älvsjö', parent: null, children: [{ id: ALDRE, name: 'Äldreomsorg', kind: 'AVDELNING' }] },
	};
}

const author = (id, displayName) => ({ id, displayName });

/** A post with two versions, a hidden and a deleted comment, an anonymous question, newest first. */
export function found() {
	return [
		{ type: 'comment', id: HIDDEN, parentId: POST, title: null, excerpt: 'Det här är inte okej.', author: author(AHMED, 'Ahmed Hassan'),
			at: '2026-12-04T10:00:00Z', state: 'HIDDEN', versions: 1 },
		{ type: 'comment', id: DELETED, parentId: POST, title: null, excerpt: 'Fel tråd, förlåt.', author: author(AHMED, 'Ahmed Hassan'),
			at: '2026-12-04T09:00:00Z', state: 'DELETED', versions: 2 },
		{ type: 'post', id: POST, parentId: null, title: 'Nya rutiner för nycklar', excerpt: 'Från måndag hämtas nycklarna i receptionen.',
			author: author(MARIA, 'Maria Holm'), at: '2026-12-03T08:00:00Z', state: 'PUBLISHED', versions: 2 },
		{ type: 'question', id: QUESTION, parentId: null, title: 'Gäller det helger?', excerpt: 'Gäller det helger också?', author: null,
			at: '2026-12-02T08:00:00Z', state: 'OPEN', versions: 1 },
	];
}

/** An audit entry as the trail lists it. */
export function entry(id, action, overrides = {}) {
	return { id, at: '2026-12-04T13:05:00Z', actor: author(MARIA, 'Maria Holm'), action, subject: `comment:${HIDDEN}`, unitId: null,
		reason: null, ...overrides };
}

/** A problem as RecordsProblemHandler answers. */
export function recordsProblem(status, code, errors) {
	return { status, contentType: 'application/problem+json',
		body: JSON.stringify({ type: `urn:budkavle:problem:${code}`, title: 'Problem', status, detail: 'detail', ...(errors ? { errors } : {}) }) };
}
