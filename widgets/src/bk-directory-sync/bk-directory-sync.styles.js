/** Layout of `bk-directory-sync`: start button, progress bar with its text, then the last runs in a table that scrolls on its own. */
import { css } from 'lit';

export const styles = css`
	.title {
		margin: 0 0 0.5rem;
		font-size: var(--bk-heading-size, 1.375rem);
	}

	.start {
		min-height: 2.75rem;
		padding: 0.5rem 1rem;
	}

	.start[aria-disabled='true'] {
		cursor: progress;
		opacity: 0.75;
	}

	.current {
		margin-block: var(--bk-space, 1rem);
	}

	progress {
		display: block;
		inline-size: 100%;
		block-size: 1rem;
		accent-color: var(--bk-color-accent, #005a9c);
	}

	.errors {
		color: var(--bk-color-error, #a4000f);
	}

	.table-wrap {
		max-inline-size: 100%;
		overflow-x: auto;
	}

	.table-wrap:focus-visible {
		outline: 3px solid var(--bk-color-focus, #005a9c);
		outline-offset: 2px;
	}

	table {
		border-collapse: collapse;
		font-size: 0.875rem;
	}

	caption {
		text-align: start;
		font-weight: 600;
		padding-block: 0.5rem;
	}

	th,
	td {
		text-align: start;
		padding: 0.25rem 0.5rem;
		border-block-end: 1px solid var(--bk-color-border, #767676);
		vertical-align: top;
	}

	.not-configured code {
		overflow-wrap: anywhere;
	}

	.steps {
		padding-inline-start: 1.25rem;
	}
`;
