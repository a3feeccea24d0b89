package se.budkavle.records.web;

/** Raised when someone without the records role (or admin) asks for the records API; answered as 403. */
class RecordsForbidden extends RuntimeException {

	RecordsForbidden(String message) {
		super(message);
	}
}
