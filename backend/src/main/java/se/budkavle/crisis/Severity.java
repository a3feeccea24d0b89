package se.budkavle.crisis;

/** How serious a crisis message is; the banner's look follows it. */
enum Severity {

	INFORMATION, WARNING, CRITICAL
}
