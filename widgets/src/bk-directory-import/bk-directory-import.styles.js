/** Layout of `bk-directory-import`: file picker, the preview with its warnings, apply, then the history table. */
import { css } from 'lit';

export const styles = css`
	.title {
		margin: 0 0 0.5rem;
		font-size: var(--bk-heading-size, 1.375rem);
	}

	.subtitle {
		margin: var(--bk-space, 1rem) 0 0.5rem;
		font-size: 1.125rem;
	}

	form,
	.preview {
		display: grid;
		gap: 0.5rem;
		margin-block: var(--bk-space, 1rem);
	}

	button {
		justify-self: start;
		min-height: 2.75rem;
		padding: 0.5rem 1rem;
	}

	input[type='file'] {
		max-inline-size: 100%;
	}

	.confirm {
		display: flex;
		gap: 0.5rem;
		align-items: flex-start;
	}

	.confirm input {
		inline-size: 1.5rem;
		block-size: 1.5rem;
		flex: none;
	}

	.warning {
		padding: 0.5rem 0.75rem;
		border-inline-start: 0.25rem solid var(--bk-color-warning, #8a5300);
	}

	.table-wrap {
		overflow-x: auto;
		max-inline-size: 100%;
	}

	.table-wrap:focus-visible {
		outline: 2px solid var(--bk-color-focus, #005a9c);
		outline-offset: 2px;
	}

	table {
		border-collapse: collapse;
		min-inline-size: 100%;
	}

	caption {
		text-align: start;
		font-weight: 600;
		padding-block-end: 0.25rem;
	}

	th,
	td {
		text-align: start;
		padding: 0.25rem 0.5rem;
		border-block-end: 1px solid var(--bk-color-border, #767676);
		vertical-align: top;
	}

	ul {
		margin: 0;
		padding-inline-start: 1.25rem;
	}

	.announce {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
		white-space: nowrap;
	}
`;
