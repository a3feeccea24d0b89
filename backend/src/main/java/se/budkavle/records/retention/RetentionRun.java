package se.budkavle.records.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One retention run: when, who asked ({@code null} for the schedule) and what each rule did.
 *
 * @param id the run
 * @param startedAt when it started; every rule's cutoff is counted back from here
 * @param finishedAt when it finished
 * @param actorId who asked for it, or {@code null} for the daily schedule
 * @param rules what each rule did, in the order applied
 */
record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, UUID actorId, List<RuleCount> rules) {

	/** How many records the run deleted or reduced in all. */
	long erased() {
		return this.rules.stream().mapToLong(RuleCount::erased).sum();
	}

	/**
	 * What one rule did in a run.
	 *
	 * @param recordType the record type
	 * @param period the rule's period then, as ISO 8601 ({@code P730D})
	 * @param decision the retention decision it carried out
	 * @param cutoff records older than this (by the rule's measure) were due
	 * @param erased how many were deleted or reduced to aggregates
	 */
	record RuleCount(String recordType, String period, String decision, Instant cutoff, long erased) {
	}
}
