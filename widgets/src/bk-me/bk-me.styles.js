/** Layout of `bk-me`: name and e-mail on top, then units, managed units, manager and roles in columns that wrap. */
import { css } from 'lit';

export const styles = css`
	.name {
		margin: 0;
		font-size: var(--bk-heading-size, 1.375rem);
		line-height: 1.25;
	}

	.eyebrow {
		display: block;
		font-size: 0.875rem;
		font-weight: 400;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.email-label {
		white-space: nowrap;
		color: var(--bk-color-muted, #4d4d4d);
		margin-inline-end: 0.5em;
	}

	.sections {
		display: grid;
		gap: var(--bk-space, 1rem);
		grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
	}

	.section-heading {
		margin: 0 0 0.25rem;
		font-size: 1rem;
		line-height: 1.4;
	}

	ul {
		margin: 0;
		padding-inline-start: 1.25rem;
	}

	.empty {
		color: var(--bk-color-muted, #4d4d4d);
	}
`;
