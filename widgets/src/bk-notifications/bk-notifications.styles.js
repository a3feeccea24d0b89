/**
 * Layout of `bk-notifications`: one row per notification, unread ones marked in words and with a thick edge; the
 * setting for notifications in the browser below them.
 */
import { css } from 'lit';

export const styles = css`
	.notifications {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.notification {
		display: grid;
		gap: 0.25rem;
		padding: 0.5rem 0.75rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-inline-start-width: 0.375rem;
		border-radius: var(--bk-radius-control, 0.375rem);
	}

	.notification.unread {
		border-inline-start-color: var(--bk-color-accent, #005a9c);
	}

	.title {
		margin: 0;
		font-size: 1rem;
		line-height: 1.4;
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
		text-underline-offset: 0.15em;
		cursor: pointer;
	}

	.title-link:hover {
		background: none;
		text-decoration-thickness: 2px;
	}

	.flag {
		justify-self: start;
		padding: 0 0.5rem;
		border: 1px solid currentColor;
		border-radius: 999px;
		font-size: 0.875rem;
		font-weight: 700;
		color: var(--bk-color-accent, #005a9c);
	}

	.summary,
	.meta,
	.empty {
		color: var(--bk-color-muted, #4d4d4d);
	}

	.meta {
		font-size: 0.875rem;
	}

	.mark-read,
	.more {
		justify-self: start;
	}

	.mark-read {
		min-height: 2.75rem;
		padding: 0.25rem 0.75rem;
		border-color: var(--bk-color-accent, #005a9c);
		background: var(--bk-color-surface, #ffffff);
		color: var(--bk-color-accent, #005a9c);
	}

	.mark-read:hover {
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
	}

	.push {
		display: grid;
		gap: 0.5rem;
		margin-block-start: 1rem;
		padding-block-start: 0.75rem;
		border-block-start: 1px solid var(--bk-color-border, #767676);
	}

	.push-status {
		margin: 0;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.push-button {
		justify-self: start;
		max-width: 100%;
	}

	[aria-disabled='true'] {
		opacity: 0.7;
		cursor: progress;
	}

	@media (forced-colors: active) {
		.notification {
			border-color: CanvasText;
		}

		.notification.unread {
			border-inline-start-color: Highlight;
		}

		.title-link {
			color: LinkText;
		}

		.flag {
			color: CanvasText;
		}
	}
`;
