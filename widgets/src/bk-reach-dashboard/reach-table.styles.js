/**
 * The figures of `bk-reach-dashboard`: totals, bars that always carry their figure in text, and the table of units
 * that stacks into cards in a narrow container.
 */
import { css } from 'lit';

export const tableStyles = css`
	/* Totals and bars */
	.totals {
		display: grid;
		grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
		gap: var(--bk-space, 1rem);
		margin: 0;
	}

	.totals dt {
		font-weight: 600;
	}

	.totals dd {
		margin: 0;
	}

	.figure {
		display: grid;
		gap: 0.125rem;
		min-width: 0;
	}

	.bar {
		display: block;
		block-size: 0.75rem;
		min-inline-size: 4rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: 0.25rem;
		background: var(--bk-reach-track-color);
		overflow: hidden;
	}

	.fill {
		display: block;
		block-size: 100%;
		background: var(--bk-reach-bar-color);
	}

	.acknowledged .fill {
		background: var(--bk-reach-ack-color);
	}

	/* Tables */
	table {
		inline-size: 100%;
		border-collapse: collapse;
	}

	caption {
		text-align: start;
		font-weight: 600;
		padding-block-end: 0.5rem;
	}

	th,
	td {
		padding: 0.5rem;
		border-block-end: 1px solid var(--bk-color-border, #767676);
		text-align: start;
		vertical-align: top;
	}

	thead th {
		font-size: 0.875rem;
		color: var(--bk-color-muted, #4d4d4d);
	}

	tfoot th,
	tfoot td {
		font-weight: 600;
		border-block-end: 0;
	}

	.groups td {
		min-inline-size: 7rem;
	}

	/* A narrow container: each unit becomes a card with the column names beside the figures. */
	@container (max-width: 44rem) {
		.groups,
		.groups tbody,
		.groups tfoot,
		.groups tr,
		.groups th,
		.groups td {
			display: block;
		}

		.groups thead {
			position: absolute;
			width: 1px;
			height: 1px;
			overflow: hidden;
			clip-path: inset(50%);
		}

		.groups caption {
			display: block;
		}

		.groups tr {
			padding-block: 0.5rem;
			border-block-end: 1px solid var(--bk-color-border, #767676);
		}

		.groups th,
		.groups td {
			border: 0;
			padding: 0.125rem 0;
		}

		.groups td {
			display: grid;
			grid-template-columns: minmax(0, 7rem) minmax(0, 1fr);
			gap: 0.5rem;
		}

		.groups td::before {
			content: attr(data-label);
			font-weight: 600;
			color: var(--bk-color-muted, #4d4d4d);
		}
	}
`;
