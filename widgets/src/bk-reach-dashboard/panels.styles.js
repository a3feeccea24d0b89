/**
 * The unit's themes, the export buttons, forced-colours rules for the whole dashboard, and the unit picker of
 * `bk-reach-dashboard`.
 */
import { css } from 'lit';

export const panelStyles = css`
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
