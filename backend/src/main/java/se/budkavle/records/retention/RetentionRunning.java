package se.budkavle.records.retention;

/** Raised when a run is asked for while another instance is running one; answered as 409. */
class RetentionRunning extends RuntimeException {

	RetentionRunning() {
		super("A retention run is under way on another instance; its result is in the history when it ends.");
	}
}
