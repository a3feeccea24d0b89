package se.budkavle.crisis;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.delivery.Announcement;
import se.budkavle.delivery.DeepLinks;
import se.budkavle.delivery.Notifier;

/**
 * Crisis messages in the unit channels (Teams): each message (the first, each update, the all-clear) is announced
 * through the delivery module's {@link Notifier} to every active unit under the crisis's targets, in the sending
 * transaction, keyed by crisis and message so that a unit's channel gets it once. The delivery outbox sends the cards
 * on its own, keeps each unit's status and retries while Microsoft 365 is down; nothing else waits for it.
 */
@Component
class CrisisTeams {

	static final String MESSAGE = """
			select c.title, c.severity, c.exercise,
			       case when :message = 'sent' then c.body when :message = 'all-clear' then c.all_clear_body
			            else (select u.body from crisis_update u where cast(u.id as text) = :message
			                  and u.crisis_id = c.id) end as text,
			       array(select distinct s.descendant_id from crisis_target t
			             join org_unit_subtree s on s.ancestor_id = t.unit_id
			             join org_unit u on u.id = s.descendant_id and u.active
			             where t.crisis_id = c.id) as units
			from crisis c where c.id = :crisisId""";

	private final DatabaseClient database;

	private final Notifier notifier;

	private final DeepLinks links;

	CrisisTeams(DatabaseClient database, Notifier notifier, DeepLinks links) {
		this.links = links;
		this.database = database;
		this.notifier = notifier;
	}

	/**
	 * Announces one message of the crisis to its units' channels; joins the caller's transaction.
	 * @param crisisId the crisis
	 * @param message {@link CrisisSms#SENT}, {@link CrisisSms#ALL_CLEAR} or an update's id
	 * @return completes when recorded
	 */
	Mono<Void> announce(UUID crisisId, String message) {
		return this.database.sql(MESSAGE)
			.bind("crisisId", crisisId)
			.bind("message", message)
			.map((row) -> announcement(crisisId, message, row))
			.one()
			.flatMap(this.notifier::announce);
	}

	private Announcement announcement(UUID crisisId, String message, Readable row) {
		boolean exercise = Boolean.TRUE.equals(row.get("exercise", Boolean.class));
		String title = (exercise ? "ÖVNING: " : "") + heading(message) + row.get("title", String.class);
		String text = row.get("text", String.class);
		List<Announcement.Fact> facts = (exercise)
				? List.of(severity(row), new Announcement.Fact("Övning", "ÖVNING – detta är en övning"))
				: List.of(severity(row));
		return Announcement.toUnits("crisis:" + crisisId + ":" + message, title,
				(text != null && !text.isBlank()) ? text : heading(message).replace(": ", ""), this.links.crisis(crisisId),
				List.of(row.get("units", UUID[].class)), facts);
	}

	private static String heading(String message) {
		return switch (message) {
			case CrisisSms.SENT -> "";
			case CrisisSms.ALL_CLEAR -> "Faran över: ";
			default -> "Uppdatering: ";
		};
	}

	private static Announcement.Fact severity(Readable row) {
		String severity = switch (Severity.valueOf(row.get("severity", String.class))) {
			case INFORMATION -> "Information";
			case WARNING -> "Varning";
			case CRITICAL -> "Kritisk";
		};
		return new Announcement.Fact("Allvarlighetsgrad", severity);
	}
}
