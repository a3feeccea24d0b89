/** Layout of `bk-post`: a notice when withdrawn, the priority badge, title, facts, body and the acknowledgement box. */
import { css } from 'lit';

export const styles = css`
	.post {
		display: grid;
		gap: 0.75rem;
		min-width: 0;
	}

	.title {
		margin: 0;
		font-size: var(--bk-heading-size, 1.375rem);
		line-height: 1.25;
	}

	.badge {
		justify-self: start;
		padding: 0.125rem 0.5rem;
		border: 1px solid var(--bk-color-important, #8a4b00);
		border-radius: var(--bk-radius-control, 0.375rem);
		color: var(--bk-color-important, #8a4b00);
		font-weight: 600;
		font-size: 0.875rem;
	}

	.meta {
		display: flex;
		flex-wrap: wrap;
		gap: 0.25rem 1.5rem;
		margin: 0;
		color: var(--bk-color-muted, #4d4d4d);
		font-size: 0.9375rem;
	}

	.meta div {
		display: flex;
		flex-wrap: wrap;
		gap: 0 0.375rem;
		min-width: 0;
	}

	.meta dt::after {
		content: ':';
	}

	.meta dd {
		margin: 0;
	}

	.content {
		min-width: 0;
	}

	.content :is(p, ul, ol, blockquote, pre, table) {
		margin: 0 0 0.75rem;
	}

	.content pre {
		overflow-x: auto;
		white-space: pre-wrap;
	}

	.content img {
		max-width: 100%;
		height: auto;
	}

	.content table {
		display: block;
		max-width: 100%;
		overflow-x: auto;
	}

	.withdrawal {
		padding: 0.75rem 1rem;
		border: 2px solid var(--bk-color-border, #767676);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-muted-surface, #f2f2f2);
	}

	.withdrawn .title,
	.withdrawn .content {
		color: var(--bk-color-muted, #4d4d4d);
	}

	.acknowledgement {
		display: grid;
		gap: 0.5rem;
		justify-items: start;
		padding: 0.75rem 1rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem);
	}

	.acknowledged {
		font-weight: 600;
	}

	.ack-error {
		color: var(--bk-color-danger, #b00020);
	}

	button[aria-disabled='true'] {
		cursor: progress;
		opacity: 0.85;
	}

	@media (forced-colors: active) {
		.badge,
		.withdrawal,
		.acknowledgement {
			border-color: CanvasText;
		}
	}
`;
