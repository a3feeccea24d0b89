/**
 * The units a records officer may narrow a search to: the top of their scope (the unit their role is held for, or,
 * for the whole organisation, the top of the tree above their own unit) and the units directly below it.
 */

/** `[{id, name}]` from `me` and the org chart; empty when it cannot be read (the search then covers the whole scope). */
export async function unitChoices(api, signal) {
	try {
		const me = await api.get('me', { signal });
		const scopes = (me?.scopes ?? []).filter((scope) => scope.role === 'records' || scope.role === 'admin');
		const tops = scopes.some((scope) => !scope.unitId)
			? [await topOfTree(api, me?.units?.[0]?.id, signal)]
			: await Promise.all(scopes.map((scope) => api.get(`units/${encodeURIComponent(scope.unitId)}`, { signal })));
		const choices = new Map();
		for (const top of tops.filter(Boolean)) {
			choices.set(top.id, top.name);
			for (const child of top.children ?? []) choices.set(child.id, child.name);
		}
		return [...choices].map(([id, name]) => ({ id, name }));
	} catch (error) {
		if (error?.name === 'AbortError') throw error;
		return [];
	}
}

/** The unit at the top of the tree, walking up from `unitId` (at most ten levels). */
async function topOfTree(api, unitId, signal) {
	let unit;
	for (let id = unitId, step = 0; id && step < 10; id = unit.parent?.id, step++) {
		unit = await api.get(`units/${encodeURIComponent(id)}`, { signal });
	}
	return unit;
}
