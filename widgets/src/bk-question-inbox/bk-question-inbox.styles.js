/** Layout of `bk-question-inbox`: a state filter over a list whose overdue questions are marked in words and by a thicker edge. */
import { css } from 'lit';

export const styles = css`
	.filter {
		max-width: 20rem;
	}

	.item.late {
		border-inline-start: 0.5rem solid var(--bk-color-danger, #b00020);
	}

	.summary {
		font-weight: 600;
	}

	.excerpt {
		white-space: pre-wrap;
	}
`;
