/**
 * The intranet's name that messages use instead of "Budkavle" (`budkavle.ui.product-name`, e.g. "Insidan"): asked of
 * each hub once per page, through the open `GET /api/v1/ui`, and only when a message needs it.
 */
import { apiUrl } from './api-client.js';
import { DEFAULT_PRODUCT_NAME } from '../i18n/index.js';

/** hub → the name, or the elements waiting for it while it is asked for. */
const names = new Map();

/**
 * The product name `hub` gave, or the default while it is not known yet; `element` is updated once it is known.
 * A hub that cannot be asked (unreachable, older) leaves the default.
 */
export function productName(hub, element) {
	const key = String(hub ?? '').trim().replace(/\/+$/, '');
	const known = names.get(key);
	if (typeof known === 'string') return known;
	if (known) {
		known.add(element);
		return DEFAULT_PRODUCT_NAME;
	}
	const waiting = new Set([element]);
	names.set(key, waiting);
	ask(key).then((name) => {
		names.set(key, name);
		waiting.forEach((waiter) => waiter.requestUpdate());
	});
	return DEFAULT_PRODUCT_NAME;
}

async function ask(hub) {
	try {
		const response = await fetch(apiUrl(hub, 'ui'), { headers: { Accept: 'application/json' }, credentials: 'omit' });
		const body = response.ok ? await response.json() : {};
		const name = typeof body?.productName === 'string' ? body.productName.trim() : '';
		return name || DEFAULT_PRODUCT_NAME;
	} catch {
		return DEFAULT_PRODUCT_NAME;
	}
}
