/** Layout of `bk-audit-log`: the filters and the entries, down to 320 px. */
import { css } from 'lit';

export const styles = css`
	.action { font-weight: 700; }
	.reason { white-space: pre-wrap; }
	.entry:focus-visible { outline-offset: 0; }
`;
