/** Styles of `<bk-roll-call>`: counts as a wrapping grid, people as a list that reflows at 320 px. */
import { css } from 'lit';

export const styles = css`
	.heading,
	.unit-heading,
	.list-heading {
		margin: 0;
		font-size: 1.125rem;
	}

	.field {
		display: grid;
		gap: 0.25rem;
		min-width: 0;
	}

	.field select {
		width: 100%;
		max-width: 100%;
		min-width: 0;
		text-overflow: ellipsis;
	}

	.exercise {
		justify-self: start;
		padding: 0.125rem 0.5rem;
		border: 2px dashed currentColor;
		border-radius: var(--bk-radius-control, 0.375rem);
		font-weight: 700;
		letter-spacing: 0.05em;
	}

	.unit {
		display: grid;
		gap: 0.75rem;
		padding-block-start: 0.75rem;
		border-block-start: 1px solid var(--bk-color-border, #767676);
	}

	.counts {
		display: grid;
		grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
		gap: 0.5rem;
		margin: 0;
	}

	.counts div {
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
	}

	.counts .needHelp {
		border: 3px double var(--bk-color-danger, #b00020);
	}

	.counts dt {
		font-size: 0.875rem;
	}

	.counts dd {
		margin: 0;
		font-size: 1.5rem;
		font-weight: 700;
	}

	.list {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.person {
		display: flex;
		flex-wrap: wrap;
		gap: 0.25rem 1rem;
		align-items: center;
		padding: 0.5rem 0;
		border-block-end: 1px solid var(--bk-color-border, #767676);
		overflow-wrap: anywhere;
	}

	.name {
		font-weight: 600;
		flex: 1 1 10rem;
	}

	.note,
	.meta,
	.reached {
		flex-basis: 100%;
	}

	.meta,
	.hint {
		color: var(--bk-color-text-muted, #4a4a4a);
	}

	.person .meta:not(p) {
		flex-basis: auto;
	}

	button.secondary {
		background: var(--bk-color-surface, #ffffff);
		color: var(--bk-color-accent, #005a9c);
		border-color: currentColor;
	}

	button.secondary:hover {
		background: var(--bk-color-accent-surface, #e6eef5);
	}

	@media (forced-colors: active) {
		.unit,
		.counts div,
		.exercise {
			border-color: CanvasText;
		}
	}
`;
