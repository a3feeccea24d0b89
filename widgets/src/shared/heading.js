/**
 * Headings whose level the page chooses (`heading-level`), so that an element fits the page's outline.
 */
import { nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** `value` when it is a whole number from 1 to `max`; anything else gives `fallback`. */
export function headingLevel(value, fallback = 2, max = 6) {
	return Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
}

/**
 * A heading at `level` (capped at 6) with an id, class and part; focusable from script when `focusable`, and the
 * target of focus after a retried load when `focusAfterLoad`.
 */
export function heading(level, { id, cls, part, focusable = false, focusAfterLoad = false }, content) {
	const tag = HEADINGS[Math.min(level, 6) - 1];
	return staticHtml`<${tag} id=${id ?? nothing} class=${cls} part=${part} tabindex=${focusable ? '-1' : nothing}
		?data-focus-after-load=${focusAfterLoad}>${content}</${tag}>`;
}
