/** Layout of `bk-compose`: one column of labelled fields that reflows down to 320 px, and the readability meter. */
import { css } from 'lit';

export const styles = css`
	.heading {
		margin: 0;
		font-size: var(--bk-heading-size, 1.375rem);
		font-weight: 700;
		line-height: 1.25;
	}

	form {
		display: grid;
		gap: var(--bk-space, 1rem);
		min-width: 0;
	}

	.field {
		display: grid;
		gap: 0.25rem;
		min-width: 0;
	}

	label,
	legend {
		font-weight: 600;
	}

	fieldset {
		min-width: 0;
		margin: 0;
		padding: 0.75rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem);
	}

	input[type='text'],
	input[type='search'],
	input[type='datetime-local'],
	textarea,
	select {
		width: 100%;
		max-width: 100%;
		min-height: 2.75rem;
		padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		background: var(--bk-color-surface, #ffffff);
		color: inherit;
		font: inherit;
	}

	textarea {
		resize: vertical;
	}

	[aria-invalid='true'],
	.tree.invalid {
		border: 2px solid var(--bk-color-danger, #b00020);
	}

	.check {
		display: flex;
		align-items: center;
		gap: 0.5rem;
		min-width: 0;
	}

	.check input {
		flex: none;
		width: 1.25rem;
		height: 1.25rem;
		margin: 0;
	}

	.check label {
		font-weight: 400;
	}

	/* A checkbox with its label: the label wraps beside the box, never below it; an error goes under the label. */
	.field.check {
		display: grid;
		grid-template-columns: auto minmax(0, 1fr);
		align-items: start;
		column-gap: 0.5rem;
	}

	.field.check input {
		margin-block-start: 0.125rem;
	}

	.field.check .field-error {
		grid-column: 2;
	}

	.check label {
		min-width: 0;
		overflow-wrap: anywhere;
	}

	.tree {
		display: grid;
		gap: 0.125rem;
		max-height: var(--bk-compose-tree-height, 24rem);
		margin: 0.5rem 0 0;
		padding: 0.25rem;
		overflow-y: auto;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius-control, 0.375rem);
		list-style: none;
	}

	.unit {
		display: flex;
		align-items: flex-start;
		gap: 0.375rem;
		min-height: 2.75rem;
		padding: 0.25rem 0.25rem 0.25rem calc(var(--level, 0) * 1rem);
		border-radius: var(--bk-radius-control, 0.375rem);
		cursor: pointer;
	}

	.unit:hover {
		background: var(--bk-color-hover, #f0f4f8);
	}

	.unit[aria-disabled='true'] {
		cursor: default;
	}

	.expander {
		flex: none;
		display: inline-grid;
		place-items: center;
		width: 1.75rem;
		height: 1.75rem;
	}

	.box {
		flex: none;
		display: inline-grid;
		place-items: center;
		width: 1.25rem;
		height: 1.25rem;
		margin-block-start: 0.25rem;
		border: 2px solid var(--bk-color-border, #767676);
		border-radius: 0.25rem;
		font-weight: 700;
		line-height: 1;
	}

	.unit[aria-checked='true'] .box,
	.unit[aria-checked='mixed'] .box {
		border-color: var(--bk-color-accent, #005a9c);
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
	}

	.unit[aria-disabled='true'] .box {
		opacity: 0.7;
	}

	.unit-text {
		display: grid;
		min-width: 0;
		padding-block-start: 0.25rem;
		overflow-wrap: anywhere;
	}

	.unit-note,
	.chosen-heading {
		color: var(--bk-color-muted, #4d4d4d);
		font-size: 0.9375rem;
	}

	.chosen-heading {
		margin-block-start: 0.75rem;
		font-weight: 600;
	}

	.chosen-list {
		display: grid;
		gap: 0.25rem;
		margin: 0.25rem 0 0;
		padding: 0;
		list-style: none;
	}

	.chosen-unit {
		display: flex;
		flex-wrap: wrap;
		align-items: center;
		gap: 0.25rem 1rem;
		min-height: 2.75rem;
	}

	.chosen-name {
		font-weight: 600;
		overflow-wrap: anywhere;
	}

	.audience {
		margin-block-start: 0.75rem;
		font-weight: 600;
	}

	.subunits label {
		color: var(--bk-color-muted, #4d4d4d);
	}

	.toolbar {
		display: flex;
		flex-wrap: wrap;
		gap: 0.25rem;
	}

	.tool,
	.remove {
		border-color: var(--bk-color-accent, #005a9c);
		background: var(--bk-color-surface, #ffffff);
		color: var(--bk-color-accent, #005a9c);
	}

	.tool:hover,
	.remove:hover {
		background: var(--bk-color-hover, #f0f4f8);
	}

	.tool[aria-pressed='true'] {
		background: var(--bk-color-accent, #005a9c);
		color: var(--bk-color-on-accent, #ffffff);
	}

	.tool-bold {
		font-weight: 700;
	}

	.preview {
		display: grid;
		gap: 0.375rem;
		padding: 0.75rem;
		border: 1px dashed var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem);
		overflow-wrap: anywhere;
	}

	.preview-heading {
		font-weight: 700;
	}

	.preview-body :is(img, table, pre) {
		max-width: 100%;
		overflow-x: auto;
	}

	.choices {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem 1.5rem;
	}

	.hint {
		color: var(--bk-color-muted, #4d4d4d);
		font-size: 0.9375rem;
	}

	.required {
		font-weight: 400;
		color: var(--bk-color-muted, #4d4d4d);
	}

	.field-error {
		color: var(--bk-color-danger, #b00020);
		font-weight: 600;
	}

	.error-summary {
		padding: 0.75rem 1rem;
		border: 2px solid var(--bk-color-danger, #b00020);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-danger-surface, #fdf2f3);
	}

	.error-summary-title,
	.readability-heading,
	.details-heading {
		font-weight: 700;
	}

	.error-summary ul,
	.readability ul {
		margin: 0.25rem 0 0;
		padding-inline-start: 1.25rem;
	}

	.readability {
		display: grid;
		gap: 0.375rem;
		padding: 0.75rem;
		border: 1px dashed var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem);
	}

	.lix-bar {
		height: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676);
		border-radius: 0.25rem;
	}

	.lix-bar span {
		display: block;
		height: 100%;
		background: var(--bk-color-accent, #005a9c);
	}

	.actions {
		display: flex;
		flex-wrap: wrap;
		gap: 0.5rem;
	}

	button[aria-disabled='true'] {
		cursor: progress;
		opacity: 0.85;
	}

	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip-path: inset(50%);
		white-space: nowrap;
	}

	@media (forced-colors: active) {
		fieldset,
		.tree,
		.box,
		.preview,
		.readability,
		.error-summary,
		input,
		textarea,
		select {
			border-color: CanvasText;
		}

		.lix-bar span,
		.unit[aria-checked='true'] .box,
		.unit[aria-checked='mixed'] .box,
		.tool[aria-pressed='true'] {
			background: Highlight;
			color: HighlightText;
		}
	}
`;
