package se.budkavle.crisis;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Exercises (”ÖVNING”) sent and answered from code, for the demo organisation: the same sending and answering paths
 * as over HTTP, so the banners, the roll call and the log show a drill in progress.
 */
@Component
public class CrisisExercises {

	private static final String SENT_BY = "select exists (select 1 from crisis where sender_id = :senderId)";

	private final CrisisSending sending;

	private final Confirming confirming;

	private final DatabaseClient database;

	CrisisExercises(CrisisSending sending, Confirming confirming, DatabaseClient database) {
		this.sending = sending;
		this.confirming = confirming;
		this.database = database;
	}

	/**
	 * Whether the person has sent any crisis message or exercise.
	 * @param senderId the person
	 * @return true when they have
	 */
	public Mono<Boolean> anySentBy(UUID senderId) {
		return this.database.sql(SENT_BY).bind("senderId", senderId).mapValue(Boolean.class).one();
	}

	/**
	 * Sends an exercise (severity warning, asking ”Jag är i säkerhet” or ”Jag behöver hjälp”) to the units' subtrees.
	 * @param sender who sends it (needs the crisis, communicator or admin role for every unit)
	 * @param title the headline
	 * @param body what has happened and what to do
	 * @param unitIds the target units
	 * @return the crisis's id
	 */
	public Mono<UUID> sendSafetyExercise(Viewer sender, String title, String body, List<UUID> unitIds) {
		return this.sending.send(sender, new CrisisRequest(title, body, Severity.WARNING,
				unitIds.stream().map(CrisisRequest.Target::new).toList(), ConfirmationKind.SAFETY, true, null, null));
	}

	/**
	 * Records a person's answer to a safety exercise, as if they had answered in a banner.
	 * @param crisisId the exercise
	 * @param person who answers (one of its recipients)
	 * @param needsHelp true for ”Jag behöver hjälp”, false for ”Jag är i säkerhet”
	 * @param note an optional note, or {@code null}
	 * @return completes when the answer is recorded
	 */
	public Mono<Void> answer(UUID crisisId, Viewer person, boolean needsHelp, String note) {
		return this.confirming.confirm(crisisId, person,
				new Confirming.ConfirmationRequest(needsHelp ? Answer.NEED_HELP : Answer.SAFE, note)).then();
	}
}
