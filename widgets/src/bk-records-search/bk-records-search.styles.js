/** Layout of `bk-records-search`: the form, the records with their flags, and the two actions, down to 320 px. */
import { css } from 'lit';

export const styles = css`
	.field-wide { grid-column: 1 / -1; }
	.select { align-items: flex-start; font-weight: 600; }
	.select input { margin-block-start: 0.15rem; }
	.title { min-width: 0; overflow-wrap: anywhere; }
	.excerpt { white-space: pre-wrap; }
	.state { font-weight: 600; }
	.flagged { border-inline-start: 0.375rem solid var(--bk-color-danger, #b00020); }
	.flagged .state { color: var(--bk-color-danger, #b00020); }
	.flag-icon { display: inline-block; min-inline-size: 1.4em; text-align: center; border: 2px solid currentColor; border-radius: 50%; font-weight: 700; }
	.package { display: grid; gap: 0.5rem; padding: 0.75rem; border: 2px solid var(--bk-color-accent, #005a9c); border-radius: var(--bk-radius, 0.5rem); }
	button.small { min-height: 2.75rem; padding-block: 0.25rem; }
	button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
	@media (forced-colors: active) {
		.flagged, .package { border-color: CanvasText; }
		.flagged .state { color: CanvasText; }
	}
`;
