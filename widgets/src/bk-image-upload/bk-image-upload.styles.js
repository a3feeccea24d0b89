/** Layout of `bk-image-upload`: two fields in one column that reflows to 320 px, quieter than a whole widget. */
import { css } from 'lit';

export const styles = css`
	.base {
		grid-template-columns: minmax(0, 1fr);
		gap: 0.5rem;
		padding: 0.75rem;
	}

	.field {
		display: grid;
		grid-template-columns: minmax(0, 1fr);
		gap: 0.25rem;
		min-width: 0;
	}

	label {
		font-weight: 600;
	}

	.hint {
		color: var(--bk-color-muted, #4d4d4d);
		font-size: 0.9375rem;
	}

	input[type='text'] {
		width: 100%;
		min-width: 0;
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-small, 0.25rem);
		font: inherit;
	}

	input[type='file'] {
		width: 100%;
		min-width: 0;
		font: inherit;
	}
`;
