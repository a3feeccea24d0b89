/** Layout of `bk-cascade-inbox`: a list of budkavlar, then one budkavle's toolkit with the ways to pass it on, down to 320 px. */
import { css } from 'lit';

export const styles = css`
	.summary { font-weight: 600; }
	.list, .units { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
	.item { display: grid; gap: 0.375rem; padding: 0.75rem; min-width: 0; border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem); }
	.item-title { margin: 0; font-size: 1rem; font-weight: 700; }
	.unit { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; min-width: 0; }
	.unit-name { font-weight: 600; overflow-wrap: anywhere; }
	.toolkit, .relay, .thread, .part, .relay-form { display: grid; gap: 0.75rem; min-width: 0; }
	.relay-form { padding-block-start: 0.75rem; border-block-start: 1px solid var(--bk-color-border, #767676); }
	.text { white-space: pre-wrap; }
	.message > :first-child { margin-block-start: 0; }
	.message > :last-child { margin-block-end: 0; }
	.points { margin: 0; padding-inline-start: 1.25rem; }
	.qa { display: grid; gap: 0.25rem; margin: 0; }
	.qa dt { font-weight: 700; }
	.qa dd { margin: 0 0 0.5rem; white-space: pre-wrap; }
	.answer { padding-inline-start: 0.75rem; border-inline-start: 0.25rem solid var(--bk-color-accent, #005a9c); }
	.field { display: grid; gap: 0.25rem; min-width: 0; }
	label, legend { font-weight: 600; }
	fieldset { min-width: 0; margin: 0; padding: 0.75rem; border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius, 0.5rem); }
	input[type='text'], input[type='date'], input[type='number'], textarea {
		width: 100%; max-width: 100%; min-height: 2.75rem; padding: 0.5rem; border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem); background: var(--bk-color-surface, #ffffff); color: inherit; font: inherit;
	}
	textarea { resize: vertical; }
	[aria-invalid='true'] { border: 2px solid var(--bk-color-danger, #b00020); }
	.check { display: flex; align-items: flex-start; gap: 0.5rem; min-width: 0; }
	.check input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; }
	.check label { font-weight: 400; min-width: 0; overflow-wrap: anywhere; }
	@media (forced-colors: active) {
		.item, fieldset, input, textarea { border-color: CanvasText; }
	}
`;
