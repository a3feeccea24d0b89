/** Layout of `bk-comments`: a thread of comments with replies indented, actions that wrap at 320 px. */
import { css } from 'lit';

export const styles = css`
	.heading {
		margin: 0;
		font-size: var(--bk-heading-size, 1.25rem);
		line-height: 1.3;
	}

	ol {
		list-style: none;
		margin: 0;
		padding: 0;
		display: grid;
		gap: var(--bk-space, 1rem);
	}

	.replies {
		margin-block-start: 0.75rem;
		padding-inline-start: clamp(0.5rem, 4vw, 1.5rem);
		border-inline-start: 2px solid var(--bk-color-border, #767676);
	}

	.comment {
		display: grid;
		gap: 0.375rem;
	}

	.meta {
		display: flex;
		flex-wrap: wrap;
		gap: 0 0.5rem;
		font-size: 0.875rem;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.author {
		font-weight: 600;
		color: var(--bk-color-text, #1b1b1b);
	}

	.body {
		white-space: pre-wrap;
	}

	.tombstone {
		font-style: italic;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.hidden-note {
		font-size: 0.875rem;
		padding: 0.25rem 0.5rem;
		border-inline-start: 0.25rem solid var(--bk-color-danger, #b00020);
	}

	.actions,
	.reactions {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
	}

	button.secondary {
		background: transparent;
		color: var(--bk-color-link, #005a9c);
		border-color: currentColor;
	}

	button.secondary:hover {
		background: var(--bk-color-hover-surface, #e8f1f8);
	}

	button.reaction[aria-pressed='true'] {
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
	}

	form {
		display: grid;
		gap: 0.5rem;
	}

	label {
		font-weight: 600;
	}

	textarea,
	input {
		font: inherit;
		width: 100%;
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
	}

	textarea {
		min-height: 5rem;
		resize: vertical;
	}

	.form-error {
		color: var(--bk-color-danger, #b00020);
		font-weight: 600;
	}

	.notice {
		color: var(--bk-color-muted, #4d4d4d);
	}

	.announcer {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	@media (forced-colors: active) {
		button.reaction[aria-pressed='true'] {
			border-color: Highlight;
			outline: 2px solid Highlight;
		}
	}
`;
