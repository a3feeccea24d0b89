/** Layout of `bk-cascade-tracker`: the state counts, the table of levels, the tree of units and the feedback, down to 320 px. */
import { css } from 'lit';

export const styles = css`
	.part, .rollup, .export { display: grid; gap: 0.5rem; min-width: 0; }
	.total { font-weight: 700; }
	.rollup-list, .choices, .answers, .relays { display: grid; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
	.choices li { display: grid; gap: 0.25rem; }
	.choice { justify-self: start; text-align: start; }
	.levels { border-collapse: collapse; width: 100%; }
	.levels th, .levels td { padding: 0.375rem 0.5rem; border-block-end: 1px solid var(--bk-color-border, #767676); text-align: start; }
	.levels td { font-variant-numeric: tabular-nums; }
	.label { font-weight: 700; }
	.text { white-space: pre-wrap; }
	.tree, .children { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
	.children { padding-inline-start: 1rem; margin-block-start: 0.5rem; border-inline-start: 2px solid var(--bk-color-border, #767676); }
	.children[hidden] { display: none; }
	.row { display: grid; gap: 0.125rem; min-width: 0; padding: 0.5rem; border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem); }
	.disclosure { justify-self: start; display: inline-flex; align-items: baseline; gap: 0.25rem; padding: 0.25rem 0.5rem;
		background: var(--bk-color-surface, #ffffff); color: var(--bk-color-link, #005a9c); border-color: currentColor; text-align: start; }
	.disclosure:hover { background: var(--bk-color-accent-surface, #e6eef5); }
	.unit-name { font-weight: 700; overflow-wrap: anywhere; min-width: 0; }
	.leaf { padding-block: 0.25rem; }
	.answer { display: grid; gap: 0.25rem; padding: 0.5rem 0.75rem; border-inline-start: 0.25rem solid var(--bk-color-accent, #005a9c); }
	.answer-form { display: grid; gap: 0.25rem; min-width: 0; }
	.answer-form label { font-weight: 600; }
	.answer-form textarea { width: 100%; max-width: 100%; min-height: 2.75rem; padding: 0.5rem; font: inherit; color: inherit; resize: vertical;
		border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius-control, 0.375rem); background: var(--bk-color-surface, #ffffff); }
	@media (forced-colors: active) {
		.row, .levels th, .levels td, .children, .disclosure, .answer-form textarea { border-color: CanvasText; }
		.disclosure { color: ButtonText; }
	}
`;
