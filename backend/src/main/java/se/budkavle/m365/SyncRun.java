package se.budkavle.m365;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A directory sync run as the admin API shows it.
 *
 * @param runId the run's id
 * @param trigger {@code schedule} or {@code admin}
 * @param state {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param fullSync whether every user was read (first run or a resync), {@code null} until known
 * @param startedAt when the run started
 * @param finishedAt when it ended, or {@code null}
 * @param pagesFetched Graph pages read so far
 * @param usersSeen user entries (changes and removals) read so far
 * @param expectedUsers the number of users the last run knew, an estimate of a full sync's size, or {@code null}
 * @param changesApplied the number of changes applied to the organisation, or {@code null} until applied
 * @param changes the changes by kind, or {@code null}
 * @param errors what went wrong
 */
public record SyncRun(UUID runId, String trigger, String state, Boolean fullSync, Instant startedAt,
		Instant finishedAt, int pagesFetched, int usersSeen, Integer expectedUsers, Integer changesApplied,
		Map<String, Object> changes, List<String> errors) {

	static final String RUNNING = "RUNNING";

	boolean finished() {
		return !RUNNING.equals(this.state);
	}
}
