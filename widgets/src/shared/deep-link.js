/**
 * Deep links: the hub's messages (e-mail, Teams, push, notifications) link to the page where the widgets are, naming
 * the post or crisis message in a query parameter (`budkavle.delivery.links.*` on the hub, by default
 * `?budkavle-post=<id>` and `?budkavle-crisis=<id>`). The elements that show such a thing read the id here; the
 * parameter's name is an attribute of theirs (`link-parameter`) for a page whose links use another name.
 */

/** The query parameter that names a post, unless the element's `link-parameter` says otherwise. */
export const POST_PARAMETER = 'budkavle-post';

/** The query parameter that names a crisis message, unless the element's `link-parameter` says otherwise. */
export const CRISIS_PARAMETER = 'budkavle-crisis';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id the page's address names in `parameter` (in the query, or in the fragment as `#name=id` for hosts that keep
 * the query for themselves), or '' when it names none or something that is no id.
 */
export function linkedId(parameter, location = globalThis.location) {
	const name = String(parameter ?? '').trim();
	if (!name || !location) return '';
	const value = new URLSearchParams(location.search ?? '').get(name)
		?? new URLSearchParams(String(location.hash ?? '').replace(/^#/, '')).get(name) ?? '';
	return ID.test(value.trim()) ? value.trim().toLowerCase() : '';
}
