/**
 * Layout of `bk-reach-dashboard`: the frame, tabs, breadcrumb, period form and notes. The views' rules follow in
 * reach-table.styles.js, timeline.styles.js and panels.styles.js, in this order (the element lists them so).
 */
import { css } from 'lit';

export const styles = css`
	:host {
		container-type: inline-size;
		--bk-reach-bar-color: var(--bk-color-accent, #005a9c);
		--bk-reach-ack-color: var(--bk-color-success, #1e6b34);
		--bk-reach-track-color: var(--bk-color-track, #e6e6e6);
	}

	.heading {
		margin: 0;
		font-size: var(--bk-heading-size, 1.375rem);
		line-height: 1.25;
	}

	.subheading {
		margin: 0;
		font-size: 1.125rem;
		line-height: 1.35;
	}

	.panel {
		display: grid;
		gap: var(--bk-space, 1rem);
		min-width: 0;
	}

	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
		white-space: nowrap;
	}

	/* Tabs */
	.tabs {
		display: flex;
		flex-wrap: wrap;
		gap: 0.25rem;
		border-block-end: 2px solid var(--bk-color-border, #767676);
	}

	.tab {
		background: transparent;
		color: var(--bk-color-text, #1b1b1b);
		border-radius: var(--bk-radius-control, 0.375rem) var(--bk-radius-control, 0.375rem) 0 0;
		border-block-end-width: 0;
	}

	.tab:hover {
		background: var(--bk-color-hover-surface, #f0f4f8);
	}

	.tab[aria-selected='true'] {
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
	}

	/* Link-looking buttons: breadcrumb and drill-down */
	button.link {
		min-height: 2.75rem;
		padding: 0.25rem 0.25rem;
		background: transparent;
		color: var(--bk-color-link, #005a9c);
		font-weight: 600;
		text-align: start;
		text-decoration: underline;
		text-underline-offset: 0.15em;
	}

	button.link:hover {
		background: var(--bk-color-hover-surface, #f0f4f8);
	}

	.chevron {
		margin-inline-start: 0.25em;
	}

	.breadcrumb ol {
		display: flex;
		flex-wrap: wrap;
		align-items: center;
		gap: 0 0.25rem;
		margin: 0;
		padding: 0;
		list-style: none;
	}

	.breadcrumb li + li::before {
		content: '/';
		margin-inline-end: 0.25rem;
		color: var(--bk-color-muted, #4d4d4d);
	}

	/* Period */
	.period {
		display: flex;
		flex-wrap: wrap;
		align-items: end;
		gap: 0.5rem 1rem;
	}

	.period label {
		display: grid;
		gap: 0.25rem;
		font-weight: 600;
	}

	input {
		min-height: 2.75rem;
		padding: 0.25rem 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		font: inherit;
		font-weight: 400;
		color: inherit;
		background: var(--bk-color-surface, #ffffff);
		max-width: 100%;
	}

	.note {
		margin-block: 0.5rem 0;
		font-size: 0.875em;
	}

	.suppressed {
		padding: 0.75rem 1rem;
		border-inline-start: 0.5rem solid var(--bk-color-border, #767676);
		background: var(--bk-color-note-surface, #f4f4f4);
	}
`;
