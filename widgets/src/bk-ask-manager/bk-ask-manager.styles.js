/** Layout of `bk-ask-manager`: the form, the follow-up key panel and the lists in one column that reflows to 320 px. */
import { css } from 'lit';

export const styles = css`
	.block {
		display: block;
	}

	.key-panel {
		padding: 0.75rem;
		border: 2px solid var(--bk-color-warning, #8a5300);
		border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem);
		background: var(--bk-color-warning-surface, #fff8e6);
	}

	.small-group {
		padding: 0.5rem 0.75rem;
		border-inline-start: 0.35rem solid var(--bk-color-warning, #8a5300);
		background: var(--bk-color-warning-surface, #fff8e6);
	}

	#follow-up-key {
		font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
		font-size: 1.0625rem;
		letter-spacing: 0.03em;
		word-break: break-all;
		resize: none;
	}

	.saved {
		align-items: center;
	}

	.count {
		align-self: center;
	}

	@media (forced-colors: active) {
		.key-panel,
		.small-group {
			border-color: CanvasText;
		}
	}
`;
