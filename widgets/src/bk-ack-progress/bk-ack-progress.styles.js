/** Layout of `bk-ack-progress`: the total, one row per unit with its numbers in words and a bar, then who is pending. */
import { css } from 'lit';

export const styles = css`
	.heading {
		margin: 0;
		font-size: var(--bk-heading-size, 1.25rem);
		line-height: 1.3;
	}

	.section-heading {
		margin: 0 0 0.5rem;
		font-size: 1rem;
		line-height: 1.4;
	}

	.deadline,
	.person-unit {
		color: var(--bk-color-muted, #4d4d4d);
	}

	.total {
		display: grid;
		gap: 0.375rem;
	}

	.total-text {
		font-weight: 700;
	}

	.bar {
		block-size: 0.75rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: 999px;
		background: var(--bk-color-surface, #ffffff);
		overflow: hidden;
	}

	.bar-fill {
		block-size: 100%;
		background: var(--bk-color-accent, #005a9c);
	}

	.unit-list,
	.people {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.people {
		gap: 0.25rem;
		padding-inline-start: 1.25rem;
		list-style: disc;
	}

	.unit {
		display: grid;
		grid-template-columns: minmax(0, 1fr) auto;
		gap: 0.25rem 1rem;
		align-items: center;
	}

	.unit .bar {
		grid-column: 1 / -1;
	}

	.unit-name {
		font-weight: 600;
	}

	.unit-button {
		justify-self: start;
		min-height: 2.75rem;
		padding: 0.25rem 0;
		border: 0;
		background: none;
		color: var(--bk-color-link, #005a9c);
		text-align: start;
		text-decoration: underline;
		text-underline-offset: 0.15em;
	}

	.unit-button:hover {
		background: none;
		text-decoration-thickness: 2px;
	}

	.unit-numbers {
		white-space: nowrap;
	}

	.back {
		justify-self: start;
	}

	.remind {
		margin-block-start: 0.75rem;
	}

	.remind[aria-disabled='true'] {
		opacity: 0.7;
		cursor: progress;
	}

	.reminder-status:empty {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	.reminder-status:not(:empty) {
		margin-block-start: 0.5rem;
		font-weight: 600;
	}

	.alert {
		margin-block-start: 0.5rem;
	}

	.empty {
		color: var(--bk-color-muted, #4d4d4d);
	}

	@media (forced-colors: active) {
		.bar {
			border-color: CanvasText;
		}

		.bar-fill {
			background: Highlight;
			forced-color-adjust: none;
		}

		.unit-button {
			color: LinkText;
		}
	}
`;
