/** Styles of `<bk-crisis-banner>`: severity by icon, words and border as well as colour; forced colours keep the frame. */
import { css } from 'lit';

export const styles = css`
	.frame {
		display: grid;
		gap: 0.5rem;
		margin-block-end: var(--bk-space, 1rem);
	}

	.frame.empty {
		margin: 0;
	}

	.region {
		display: grid;
		gap: 0.5rem;
	}

	.crisis {
		display: grid;
		gap: 0.5rem;
		padding: 0.75rem 1rem;
		border: 2px solid var(--bk-crisis-border, #8a5300);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-crisis-surface, #fff4e0);
		color: var(--bk-color-text, #1b1b1b);
		overflow-wrap: anywhere;
	}

	.crisis.critical {
		border-color: var(--bk-color-danger, #b00020);
		border-style: double;
		border-width: 4px;
		border-inline-start-width: 0.75rem;
		background: var(--bk-color-danger-surface, #fdf2f3);
	}

	.crisis.information {
		border-color: var(--bk-color-accent, #005a9c);
		background: var(--bk-color-info-surface, #eef5fb);
	}

	.tags {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
		align-items: center;
		font-weight: 700;
	}

	.exercise {
		padding: 0.125rem 0.5rem;
		border: 2px dashed currentColor;
		border-radius: var(--bk-radius-control, 0.375rem);
		letter-spacing: 0.05em;
	}

	.icon {
		margin-inline-end: 0.25rem;
	}

	.title {
		font-size: 1.125rem;
		font-weight: 700;
	}

	.body,
	.update {
		white-space: pre-line;
	}

	.update .label,
	.exercise-note {
		font-weight: 600;
	}

	.actions {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
	}

	button.help {
		background: var(--bk-color-danger, #b00020);
	}

	button.help:hover {
		background: var(--bk-color-danger-hover, #8c0019);
	}

	button:disabled {
		cursor: progress;
		opacity: 0.7;
	}

	.error {
		padding: 0.5rem 1rem;
		border: 2px solid var(--bk-color-danger, #b00020);
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-danger-surface, #fdf2f3);
	}

	/* A crisis message focused because the page was opened from a link to it. */
	.crisis:focus {
		outline: var(--bk-focus-width, 3px) solid var(--bk-color-focus, #005a9c);
		outline-offset: 2px;
	}

	.status:focus-visible {
		outline-offset: 0;
	}

	@media (forced-colors: active) {
		.crisis,
		.exercise,
		.error {
			border-color: CanvasText;
		}
	}
`;
