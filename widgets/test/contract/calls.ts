// What the widgets read from the API, written against the client generated from the hub's OpenAPI document.
// A field renamed or removed in the contract stops this compiling (test/contract/typecheck.mjs).
import type { paths } from './api';

type Ok<P extends keyof paths, M extends 'get' | 'post'> =
	paths[P][M] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

// bk-news-feed: GET /api/v1/feed
declare const feed: Ok<'/api/v1/feed', 'get'>;
const next: string | undefined = feed.next;
for (const item of feed.items ?? []) {
	const shown: [string | undefined, string | undefined, string | undefined, boolean | undefined, number | undefined] =
		[item.id, item.title, item.excerpt, item.read, item.commentCount];
	void shown;
	void item.author;
	void item.acknowledgement;
	void item.priority;
	void item.publishedAt;
}
void next;

// bk-me: GET /api/v1/me
declare const me: Ok<'/api/v1/me', 'get'>;
const who: [string | undefined, string | undefined] = [me.displayName, me.email];
void who;
void me.roles;
void me.scopes;
void me.units;
void me.manages;
void me.manager;

// bk-ack-progress: GET /api/v1/posts/{id}/acknowledgements
declare const progress: Ok<'/api/v1/posts/{id}/acknowledgements', 'get'>;
const counts: [number | undefined, number | undefined] = [progress.audience, progress.acknowledged];
void counts;
for (const unit of progress.byUnit ?? []) {
	void unit.unitId;
	void unit.name;
}
void progress.pending;

// product-name.js: GET /api/v1/ui
declare const ui: Ok<'/api/v1/ui', 'get'>;
const name: string | undefined = ui.productName;
void name;

// bk-post: GET /api/v1/posts/{id}
declare const post: Ok<'/api/v1/posts/{id}', 'get'>;
const version: number | undefined = post.version;
void version;
void post.html;
void post.permissions;

// bk-audit-log: GET /api/v1/records/audit
declare const audit: Ok<'/api/v1/records/audit', 'get'>;
const auditNext: string | undefined = audit.next;
void auditNext;
for (const entry of audit.items ?? []) {
	const shown: [string | undefined, string | undefined, string | undefined, string | undefined] =
		[entry.at, entry.action, entry.subject, entry.reason];
	void shown;
	void entry.id;
	void entry.actor?.displayName;
}

// bk-records-search: GET /api/v1/records/search
declare const records: Ok<'/api/v1/records/search', 'get'>;
const recordsNext: string | undefined = records.next;
void recordsNext;
for (const record of records.items ?? []) {
	const shown: [string | undefined, string | undefined, string | undefined, string | undefined, string | undefined, string | undefined] =
		[record.type, record.id, record.title, record.excerpt, record.at, record.state];
	void shown;
	void record.versions;
	void record.author?.id;
	void record.author?.displayName;
}
