/** Layout of `bk-news-feed`: one card per post, flags and acknowledgement state in words, "Visa fler" below. */
import { css } from 'lit';

export const styles = css`
	.posts {
		display: grid;
		gap: 0.75rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.post {
		padding: 0.75rem 1rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		border-inline-start-width: 0.375rem;
	}

	.post.unread {
		border-inline-start-color: var(--bk-color-accent, #005a9c);
	}

	.post.important {
		border-inline-start-color: var(--bk-color-danger, #b00020);
	}

	/* The post the page's address links to: a frame that does not rely on colour alone (it has a flag in words). */
	.post.linked {
		border-width: 3px;
		border-inline-start-width: 0.375rem;
		background: var(--bk-color-info-surface, #eef5fb);
	}

	article {
		display: grid;
		gap: 0.375rem;
	}

	.title {
		margin: 0;
		font-size: var(--bk-heading-size, 1.125rem);
		line-height: 1.3;
	}

	.title-link {
		display: inline;
		min-height: 0;
		padding: 0;
		border: 0;
		background: none;
		color: var(--bk-color-link, #005a9c);
		font: inherit;
		font-weight: 700;
		text-align: start;
		text-decoration: underline;
		text-decoration-thickness: 1px;
		text-underline-offset: 0.15em;
		cursor: pointer;
	}

	.title-link:hover {
		background: none;
		text-decoration-thickness: 2px;
	}

	.unread .title-link {
		font-weight: 800;
	}

	.flags {
		display: flex;
		flex-wrap: wrap;
		gap: 0.375rem;
	}

	.flag {
		padding: 0 0.5rem;
		border: 1px solid currentColor;
		border-radius: 999px;
		font-size: 0.875rem;
		font-weight: 700;
	}

	.flag-important {
		color: var(--bk-color-danger, #b00020);
	}

	.flag-linked {
		color: var(--bk-color-text, #1b1b1b);
	}

	.flag-unread {
		color: var(--bk-color-accent, #005a9c);
	}

	.meta {
		display: flex;
		flex-wrap: wrap;
		gap: 0 1rem;
		font-size: 0.875rem;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.ack {
		font-size: 0.875rem;
		font-weight: 600;
	}

	.ack-icon {
		margin-inline-end: 0.25em;
	}

	.overdue {
		color: var(--bk-color-danger, #b00020);
	}

	.more,
	.show-new {
		justify-self: start;
	}

	.more[aria-disabled='true'] {
		opacity: 0.7;
		cursor: progress;
	}

	.empty {
		color: var(--bk-color-muted, #4d4d4d);
	}

	@media (forced-colors: active) {
		.post {
			border-color: CanvasText;
		}

		.post.unread,
		.post.important {
			border-inline-start-color: Highlight;
		}

		.title-link {
			color: LinkText;
		}

		.flag {
			border-color: CanvasText;
			color: CanvasText;
		}
	}
`;
