package se.budkavle.crisis;

/** A request that cannot be carried out as sent (an answer that does not fit the question, an unknown unit). */
class CrisisRefused extends RuntimeException {

	private final String field;

	CrisisRefused(String field, String reason) {
		super(reason);
		this.field = field;
	}

	String field() {
		return this.field;
	}
}
