/** Layout of `bk-roles`: the roles held in a table that scrolls on its own, then the give form in one column. */
import { css } from 'lit';

export const styles = css`
	.title {
		margin: 0 0 0.5rem;
		font-size: var(--bk-heading-size, 1.375rem);
	}

	.give-title {
		margin: var(--bk-space, 1rem) 0 0.5rem;
		font-size: 1.125rem;
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
		inline-size: 100%;
	}

	caption {
		text-align: start;
		font-weight: 600;
		padding-block-end: 0.25rem;
	}

	th,
	td {
		text-align: start;
		padding: 0.375rem 0.5rem;
		border-block-end: 1px solid var(--bk-color-border, #c4c4c4);
		overflow-wrap: anywhere;
		hyphens: auto;
		vertical-align: top;
	}

	td button,
	.more,
	.give-button {
		min-block-size: 2.75rem;
		padding: 0.5rem 1rem;
	}

	.more {
		margin-block-start: 0.5rem;
	}

	.give {
		display: grid;
		gap: 0.75rem;
		max-inline-size: 36rem;
	}

	.field {
		display: grid;
		gap: 0.25rem;
		min-inline-size: 0;
		margin: 0;
	}

	fieldset.field {
		border: 1px solid var(--bk-color-border, #c4c4c4);
		padding: 0.5rem 0.75rem;
	}

	.choice {
		display: flex;
		gap: 0.5rem;
		align-items: center;
		min-block-size: 2.75rem;
	}

	input[type='search'],
	select {
		inline-size: 100%;
		max-inline-size: 100%;
		min-block-size: 2.75rem;
		font: inherit;
	}

	.give-button {
		justify-self: start;
	}

	.message:empty {
		margin: 0;
	}

	.failure {
		color: var(--bk-color-error, #a4000f);
	}

	.visually-hidden {
		position: absolute;
		inline-size: 1px;
		block-size: 1px;
		overflow: hidden;
		clip-path: inset(50%);
		white-space: nowrap;
	}

	@media (forced-colors: active) {
		fieldset.field,
		th,
		td {
			border-color: CanvasText;
		}
	}
`;
