package se.budkavle.crisis;

/** What a crisis message asks each person: that they have got it, or whether they are safe. */
enum ConfirmationKind {

	/** ”Jag har tagit del”. */
	RECEIVED,

	/** ”Jag är i säkerhet” or ”Jag behöver hjälp”. */
	SAFETY;

	/** Whether the answer fits the question. */
	boolean accepts(Answer answer) {
		return (this == RECEIVED) == (answer == Answer.RECEIVED);
	}
}
