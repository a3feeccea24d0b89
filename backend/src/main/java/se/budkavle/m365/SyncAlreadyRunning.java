package se.budkavle.m365;

/**
 * A directory sync was asked for while another one is running.
 */
class SyncAlreadyRunning extends RuntimeException {

	SyncAlreadyRunning(Throwable cause) {
		super("A directory sync is already running; wait for it to finish.", cause);
	}
}
