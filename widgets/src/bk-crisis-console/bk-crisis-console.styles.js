/** Styles of `<bk-crisis-console>`: a single-column form that reflows at 320 px; marks by border as well as colour. */
import { css } from 'lit';

export const styles = css`
	.heading,
	.section-heading {
		margin: 0;
		font-size: 1.125rem;
	}

	.part,
	.form,
	.confirm {
		display: grid;
		gap: 0.75rem;
	}

	.field {
		display: grid;
		gap: 0.25rem;
	}

	label {
		font-weight: 600;
	}

	input:not([type='radio']):not([type='checkbox']),
	select,
	textarea {
		min-height: 2.75rem;
		max-width: 100%;
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		font: inherit;
	}

	[aria-invalid='true'] {
		border: 2px solid var(--bk-color-danger, #b00020);
	}

	fieldset {
		display: grid;
		gap: 0.5rem;
		min-width: 0;
		margin: 0;
		padding: 0.75rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
	}

	.choice {
		display: flex;
		gap: 0.5rem;
		align-items: center;
		min-height: 2.75rem;
		font-weight: 400;
	}

	.choice input {
		width: 1.25rem;
		height: 1.25rem;
	}

	.units {
		display: grid;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.depth-1 { margin-inline-start: 1rem; }
	.depth-2 { margin-inline-start: 2rem; }
	.depth-3 { margin-inline-start: 2.5rem; }
	.depth-4 { margin-inline-start: 3rem; }

	@media (max-width: 30rem) {
		.depth-1, .depth-2, .depth-3, .depth-4 { margin-inline-start: 0.5rem; }
	}

	.hint {
		color: var(--bk-color-text-muted, #4a4a4a);
	}

	.active {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.exercise {
		justify-self: start;
		padding: 0.125rem 0.5rem;
		border: 2px dashed currentColor;
		border-radius: var(--bk-radius-control, 0.375rem);
		font-weight: 700;
		letter-spacing: 0.05em;
	}

	.errors {
		padding: 0.75rem 1rem;
		border: 2px solid var(--bk-color-danger, #b00020);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-danger-surface, #fdf2f3);
	}

	.errors ul {
		margin: 0.25rem 0 0;
		padding-inline-start: 1.25rem;
	}

	.actions {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
	}

	button.secondary {
		background: var(--bk-color-surface, #ffffff);
		color: var(--bk-color-accent, #005a9c);
		border-color: currentColor;
	}

	button.secondary:hover {
		background: var(--bk-color-accent-surface, #e6eef5);
	}

	button.danger {
		background: var(--bk-color-danger, #b00020);
	}

	.confirm {
		padding: 0.75rem;
		border: 3px double var(--bk-color-danger, #b00020);
		border-radius: var(--bk-radius, 0.5rem);
	}

	@media (forced-colors: active) {
		fieldset,
		.errors,
		.confirm,
		.exercise,
		[aria-invalid='true'] {
			border-color: CanvasText;
		}
	}
`;
