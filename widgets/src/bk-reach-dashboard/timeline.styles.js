/**
 * The timeline of first reads in `bk-reach-dashboard`: the figure and the chart (uPlot's own layout rules, trimmed
 * from uPlot.min.css, MIT).
 */
import { css } from 'lit';

export const timelineStyles = css`
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
`;
