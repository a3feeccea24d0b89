package se.budkavle.crisis;

/** A person's answer to a crisis message; the latest one counts. */
enum Answer {

	RECEIVED, SAFE, NEED_HELP
}
