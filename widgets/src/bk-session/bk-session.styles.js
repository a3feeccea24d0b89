/** Layout of `bk-session`: one line with who is signed in and the button, wrapping on narrow screens. */
import { css } from 'lit';

export const styles = css`
	.base {
		display: flex;
		flex-wrap: wrap;
		align-items: center;
		gap: 0.5rem var(--bk-space, 1rem);
		padding: 0.5rem var(--bk-space, 1rem);
	}

	.who {
		flex: 1 1 12rem;
		min-width: 0;
	}

	.alert {
		flex-basis: 100%;
	}
`;
