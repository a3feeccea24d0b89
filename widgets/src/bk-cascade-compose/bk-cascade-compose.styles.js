/** Layout of `bk-cascade-compose`: the fields of `bk-compose`, pairs of question and answer, and the confirmation. */
import { css } from 'lit';

export const styles = css`
	input[type='number'] { width: 100%; max-width: 8rem; min-height: 2.75rem; padding: 0.5rem; font: inherit; color: inherit;
		border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius-control, 0.375rem); background: var(--bk-color-surface, #ffffff); }
	.question-list { display: grid; gap: 0.75rem; margin: 0.5rem 0; padding: 0; list-style: none; }
	.question-pair { display: grid; gap: 0.5rem; padding-block-end: 0.75rem; border-block-end: 1px solid var(--bk-color-border, #767676); }
	.question-pair > button { justify-self: start; }
	.choices { display: grid; gap: 0.5rem; }
	.confirmation { display: grid; gap: 0.5rem; padding: 0.75rem 1rem; border: 2px solid var(--bk-color-success, #1e6b34);
		border-inline-start-width: 0.5rem; border-radius: var(--bk-radius, 0.5rem); background: var(--bk-color-success-surface, #eef7f0); font-weight: 600; }
	@media (forced-colors: active) {
		.confirmation, input[type='number'] { border-color: CanvasText; }
	}
`;
