package se.budkavle.m365;

import org.springframework.scheduling.annotation.Scheduled;

import reactor.core.publisher.Mono;

/**
 * Synchronises the directory on a schedule (every 15 minutes by default); when another instance is already running
 * a sync, this instance skips its turn.
 */
class SyncSchedule {

	private final DirectorySync sync;

	SyncSchedule(DirectorySync sync) {
		this.sync = sync;
	}

	@Scheduled(fixedDelayString = "${budkavle.m365.schedule}", initialDelayString = "1m")
	Mono<Void> synchronise() {
		return this.sync.run("schedule", null).onErrorResume(SyncAlreadyRunning.class, (ex) -> Mono.empty()).then();
	}
}
