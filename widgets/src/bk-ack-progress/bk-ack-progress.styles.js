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
	}

	.pending-search {
		display: grid;
		gap: 0.25rem;
		margin-block-start: 1rem;
	}

	.pending-search label {
		font-weight: 600;
	}

	.pending-search input {
		width: 100%;
		max-width: 100%;
		min-height: 2.75rem;
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		background: var(--bk-color-surface, #ffffff);
		color: inherit;
		font: inherit;
	}

	.pending-status:empty {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	.groups {
		display: grid;
		gap: 1rem;
		margin: 0.5rem 0 0;
		padding: 0;
		list-style: none;
	}

	.group-head,
	.person {
		display: flex;
		flex-wrap: wrap;
		align-items: center;
		justify-content: space-between;
		gap: 0.25rem 1rem;
		min-width: 0;
	}

	.group-head {
		padding-block-end: 0.25rem;
		border-block-end: 1px solid var(--bk-color-border, #767676);
	}

	.group-name {
		margin: 0;
		font-size: 1rem;
		overflow-wrap: anywhere;
	}

	.person-name {
		min-width: 0;
		overflow-wrap: anywhere;
	}

	.remind-one,
	.more {
		border-color: var(--bk-color-accent, #005a9c);
		background: var(--bk-color-surface, #ffffff);
		color: var(--bk-color-accent, #005a9c);
	}

	.remind-one:hover,
	.more:hover {
		background: var(--bk-color-hover, #f0f4f8);
	}

	.more {
		margin-block-start: 0.75rem;
	}

	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
		white-space: nowrap;
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

		.remind-one,
		.more,
		.pending-search input {
			border-color: ButtonText;
		}
	}
`;
