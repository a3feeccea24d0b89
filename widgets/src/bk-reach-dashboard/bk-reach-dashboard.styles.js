/**
 * Layout of `bk-reach-dashboard`: tabs, breadcrumb, totals, a table of units that stacks into cards in a narrow
 * container, bars that always carry their figure in text, the timeline chart (uPlot's own layout rules, trimmed
 * from uPlot.min.css, MIT) and the export buttons.
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

	/* Totals and bars */
	.totals {
		display: grid;
		grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
		gap: var(--bk-space, 1rem);
		margin: 0;
	}

	.totals dt {
		font-weight: 600;
	}

	.totals dd {
		margin: 0;
	}

	.figure {
		display: grid;
		gap: 0.125rem;
		min-width: 0;
	}

	.bar {
		display: block;
		block-size: 0.75rem;
		min-inline-size: 4rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: 0.25rem;
		background: var(--bk-reach-track-color);
		overflow: hidden;
	}

	.fill {
		display: block;
		block-size: 100%;
		background: var(--bk-reach-bar-color);
	}

	.acknowledged .fill {
		background: var(--bk-reach-ack-color);
	}

	/* Tables */
	table {
		inline-size: 100%;
		border-collapse: collapse;
	}

	caption {
		text-align: start;
		font-weight: 600;
		padding-block-end: 0.5rem;
	}

	th,
	td {
		padding: 0.5rem;
		border-block-end: 1px solid var(--bk-color-border, #767676);
		text-align: start;
		vertical-align: top;
	}

	thead th {
		font-size: 0.875rem;
		color: var(--bk-color-muted, #4d4d4d);
	}

	tfoot th,
	tfoot td {
		font-weight: 600;
		border-block-end: 0;
	}

	.groups td {
		min-inline-size: 7rem;
	}

	/* A narrow container: each unit becomes a card with the column names beside the figures. */
	@container (max-width: 44rem) {
		.groups,
		.groups tbody,
		.groups tfoot,
		.groups tr,
		.groups th,
		.groups td {
			display: block;
		}

		.groups thead {
			position: absolute;
			width: 1px;
			height: 1px;
			overflow: hidden;
			clip-path: inset(50%);
		}

		.groups caption {
			display: block;
		}

		.groups tr {
			padding-block: 0.5rem;
			border-block-end: 1px solid var(--bk-color-border, #767676);
		}

		.groups th,
		.groups td {
			border: 0;
			padding: 0.125rem 0;
		}

		.groups td {
			display: grid;
			grid-template-columns: minmax(0, 7rem) minmax(0, 1fr);
			gap: 0.5rem;
		}

		.groups td::before {
			content: attr(data-label);
			font-weight: 600;
			color: var(--bk-color-muted, #4d4d4d);
		}
	}

	/* Timeline */
	.timeline {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		min-width: 0;
	}

	figcaption {
		font-weight: 600;
	}

	.chart {
		min-width: 0;
		overflow: hidden;
		color: var(--bk-reach-bar-color);
		border-color: var(--bk-color-grid, #d0d0d0);
		--bk-chart-text: var(--bk-color-text, #1b1b1b);
	}

	summary {
		min-height: 2.75rem;
		display: list-item;
		padding-block: 0.5rem;
		cursor: pointer;
		color: var(--bk-color-link, #005a9c);
		font-weight: 600;
	}

	.hours {
		max-inline-size: 24rem;
	}

	.uplot,
	.uplot * {
		box-sizing: border-box;
	}

	.uplot {
		width: min-content;
	}

	.u-wrap {
		position: relative;
		user-select: none;
	}

	.u-over,
	.u-under {
		position: absolute;
	}

	.u-under {
		overflow: hidden;
	}

	.uplot canvas {
		display: block;
		position: relative;
		width: 100%;
		height: 100%;
	}

	.u-axis {
		position: absolute;
	}

	.u-select,
	.u-cursor-x,
	.u-cursor-y,
	.u-cursor-pt,
	.u-legend {
		display: none;
	}

	/* Themes */
	.themes-section {
		display: grid;
		gap: 0.5rem;
	}

	.themes {
		display: grid;
		gap: 0.5rem;
		margin: 0;
		padding-inline-start: 1.75rem;
	}

	.themes li {
		display: grid;
		grid-template-columns: minmax(0, 1fr) auto;
		gap: 0 0.75rem;
	}

	.theme-name {
		font-weight: 600;
	}

	.themes-bar {
		grid-column: 1 / -1;
	}

	/* Exports */
	.exports {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
	}

	button:disabled {
		opacity: 0.6;
		cursor: progress;
	}

	.export-status:empty {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	.export-error {
		padding: 0.5rem 0.75rem;
		border-inline-start: 0.5rem solid var(--bk-color-danger, #b00020);
		background: var(--bk-color-danger-surface, #fdf2f3);
	}

	@media (forced-colors: active) {
		.bar {
			forced-color-adjust: none;
			border-color: CanvasText;
			background: Canvas;
		}

		.fill,
		.acknowledged .fill {
			background: Highlight;
		}

		.chart {
			color: CanvasText;
			border-color: GrayText;
			--bk-chart-text: CanvasText;
		}

		.tab[aria-selected='true'] {
			forced-color-adjust: none;
			background: Highlight;
			color: HighlightText;
		}

		.suppressed,
		.export-error {
			border: 1px solid CanvasText;
		}
	}

	.picker {
		display: grid;
		gap: 0.25rem;
		margin-block-end: var(--bk-space, 1rem);
		max-inline-size: 36rem;
	}

	.picker input {
		min-block-size: 2.75rem;
		font: inherit;
		inline-size: 100%;
	}

	.picker-status:empty {
		position: absolute;
		inline-size: 1px;
		block-size: 1px;
		overflow: hidden;
		clip-path: inset(50%);
	}

	.choices {
		list-style: none;
		margin: 0;
		padding: 0;
		display: grid;
		gap: 0.25rem;
	}

	.choice {
		display: grid;
		justify-items: start;
		inline-size: 100%;
		min-block-size: 2.75rem;
		text-align: start;
		overflow-wrap: anywhere;
	}

	.choice-path {
		font-size: 0.875rem;
	}
`;
