/**
 * Styles every Budkavle element shares: host defaults, the status line, the alert with its retry button,
 * focus, forced colors and reduced motion. Themable through the `--bk-*` custom properties listed in README.md.
 */
import { css } from 'lit';

export const sharedStyles = css`
	:host {
		display: block;
		box-sizing: border-box;
		min-width: 0;
		max-width: 100%;
		font-family: var(--bk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
		font-size: var(--bk-font-size, 1rem);
		line-height: 1.5;
		color: var(--bk-color-text, #1b1b1b);
	}

	:host([hidden]) {
		display: none !important;
	}

	*,
	*::before,
	*::after {
		box-sizing: inherit;
	}

	.base {
		position: relative;
		display: grid;
		gap: var(--bk-space, 1rem);
		padding: var(--bk-space, 1rem);
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-surface, #ffffff);
		overflow-wrap: anywhere;
	}

	p {
		margin: 0;
	}

	/* Phone first: on a narrow screen the element's own frame goes, so what it lists (posts, questions) are the only
	   cards, none inside another, and the text gets the whole width. */
	@media (max-width: 30rem) {
		.base {
			padding-inline: 0;
			border-inline-width: 0;
			border-radius: 0;
		}
	}

	/* Long compounds (stadsdelsförvaltning) in headings and table headers break at a syllable with a hyphen, in the
	   language BkElement sets on the shadow root's top elements, instead of anywhere. */
	h1, h2, h3, h4, h5, h6, th, caption {
		-webkit-hyphens: auto;
		hyphens: auto;
	}

	a {
		color: var(--bk-color-link, #005a9c);
		text-decoration-thickness: 1px;
		text-underline-offset: 0.15em;
	}

	/* Empty between loads but kept in the accessibility tree, so the next change is announced. */
	.status:empty {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	.spinner {
		display: inline-block;
		width: 1em;
		height: 1em;
		margin-inline-end: 0.5em;
		vertical-align: -0.15em;
		border: 0.18em solid currentColor;
		border-inline-end-color: transparent;
		border-radius: 50%;
		animation: bk-spin 0.9s linear infinite;
	}

	@keyframes bk-spin {
		to {
			transform: rotate(1turn);
		}
	}

	.alert {
		display: flex;
		flex-wrap: wrap;
		align-items: center;
		gap: 0.75rem 1rem;
		padding: 0.75rem 1rem;
		border: 2px solid var(--bk-color-danger, #b00020);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-danger-surface, #fdf2f3);
		color: var(--bk-color-text, #1b1b1b);
	}

	.alert-message {
		flex: 1 1 12rem;
	}

	button {
		min-height: 2.75rem;
		padding: 0.5rem 1rem;
		/* Transparent, not none: forced-colors mode paints it, so the button keeps its outline there. */
		border: 2px solid transparent;
		border-radius: var(--bk-radius-control, 0.375rem);
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
		font: inherit;
		font-weight: 600;
		cursor: pointer;
	}

	button:hover {
		background: var(--bk-color-accent-hover, #003f6e);
	}

	:focus {
		outline: none;
	}

	:focus-visible {
		outline: var(--bk-focus-width, 3px) solid var(--bk-color-focus, #005a9c);
		outline-offset: 2px;
	}

	@media (forced-colors: active) {
		.base,
		.alert {
			border-color: CanvasText;
		}

		button {
			border-color: ButtonText;
		}

		:focus-visible {
			outline-color: Highlight;
		}

		.spinner {
			border-color: CanvasText;
			border-inline-end-color: Canvas;
		}
	}

	@media (prefers-reduced-motion: reduce) {
		.spinner {
			animation: none;
			border-style: dotted;
			border-inline-end-color: currentColor;
		}
	}
`;
