/**
 * The Markdown toolbar's edits as pure functions of the text and its selection, so they can be tested without a
 * browser: each returns the new text and what to select afterwards (the words the writer will most likely type over).
 */

/** Wraps the selection in `**…**`, or inserts `**placeholder**` with the placeholder selected. */
export function bold(text, start, end, placeholder) {
	const chosen = text.slice(start, end) || placeholder;
	const value = `${text.slice(0, start)}**${chosen}**${text.slice(end)}`;
	return { value, start: start + 2, end: start + 2 + chosen.length };
}

/** Makes the selected text a link, `[text](https://)`, with the address selected for typing or pasting. */
export function link(text, start, end, placeholder) {
	const chosen = text.slice(start, end) || placeholder;
	const address = 'https://';
	const before = `${text.slice(0, start)}[${chosen}](`;
	const value = `${before}${address})${text.slice(end)}`;
	return { value, start: before.length, end: before.length + address.length };
}

/** Where the lines the selection touches begin and end (a selection ending just after a line break stops there). */
function lineRange(text, start, end) {
	const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
	const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
	const to = text.indexOf('\n', last);
	return { from, to: to === -1 ? text.length : to };
}

/** Puts `prefix` before every line the selection touches, replacing a prefix of the same kind; the caret goes after. */
function prefixLines(text, start, end, prefix, pattern) {
	const { from, to } = lineRange(text, start, end);
	const lines = text.slice(from, to).split('\n');
	const block = lines
		.map((line) => (line.trim() === '' && lines.length > 1 ? line : `${prefix}${line.replace(pattern, '')}`))
		.join('\n');
	// A list or a heading needs a blank line before it to be one, unless it starts the text.
	const gap = from >= 2 && text[from - 2] !== '\n' ? '\n' : '';
	const value = `${text.slice(0, from)}${gap}${block}${text.slice(to)}`;
	const caret = from + gap.length + block.length;
	return { value, start: caret, end: caret };
}

/** Makes the lines the selection touches (or the caret's line) a bulleted list. */
export function list(text, start, end) {
	return prefixLines(text, start, end, '- ', /^(?:[-*+] |\d+\. )/);
}

/** Makes the caret's line a heading at level 2 (level 1 is the post's title). */
export function heading(text, start) {
	return prefixLines(text, start, start, '## ', /^#{1,6} /);
}
