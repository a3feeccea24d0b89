/**
 * How `bk-ask-manager` shows and sends a follow-up key: six words in two groups of three ("lampa vaffla sommar –
 * ekorre pion snöstorm") that a person can write down, sent in the hub's own normal form (lower case, å/ä/ö as
 * a/a/o, hyphens), so a header carries only ASCII and "Lampa VAFFLA-sommar …" opens the same question. Keys from
 * before (43 characters) go as they are.
 */
const AS_TYPED = /^[\x21-\x7e]+$/;
const GROUP = 3;

/** The key's words in groups of three; a key of another shape stays one group. */
export function keyGroups(key) {
	const words = String(key ?? '').trim().split(/\s+/).filter(Boolean);
	if (words.length < 2 * GROUP) return [String(key ?? '').trim()];
	const groups = [];
	for (let start = 0; start < words.length; start += GROUP) groups.push(words.slice(start, start + GROUP).join(' '));
	return groups;
}

/** What goes in the `X-Follow-Up-Key` header for the key as typed. */
export function keyToSend(key) {
	const typed = String(key ?? '').trim();
	// One run of printable ASCII (a key from before, or words joined by hyphens) goes as typed: the hub hashes both
	// ways. Anything with spaces or å/ä/ö is brought to the hub's normal form, which a header can carry.
	if (AS_TYPED.test(typed)) return typed;
	return typed.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
		.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-');
}
