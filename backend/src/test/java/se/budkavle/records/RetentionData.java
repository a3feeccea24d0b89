package se.budkavle.records;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Records under retention written straight into the tables, with the times the rules count from set in the past:
 * posts, comments, notifications, deliveries, live events, audiences, reads and acknowledgements, push subscriptions,
 * and units and people of the test's own.
 */
final class RetentionData {

	private final DatabaseClient database;

	private final UUID author;

	private final String nonce = Long.toString(System.nanoTime(), 36);

	private int serial;

	RetentionData(DatabaseClient database, UUID author) {
		this.database = database;
		this.author = author;
	}

	String nonce() {
		return this.nonce;
	}

	/** A unit of the test's own under a parent, with its closure rows. */
	UUID unit(String name, UUID parent) {
		UUID id = UUID.randomUUID();
		run("insert into unit (id, external_id, name, kind, parent_id) values ('" + id + "', 'ret-" + this.nonce + "-"
				+ (++this.serial) + "', '" + name + "', 'UNIT', '" + parent + "')");
		run("insert into unit_closure (ancestor_id, descendant_id, depth) select ancestor_id, '" + id
				+ "'::uuid, depth + 1 from unit_closure where descendant_id = '" + parent + "' union all select '" + id
				+ "'::uuid, '" + id + "'::uuid, 0");
		return id;
	}

	/** Active people whose primary unit is the unit. */
	List<UUID> people(UUID unit, int count) {
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			run("insert into person (id, external_id, display_name, email) values ('" + id + "', 'ret-" + this.nonce
					+ "-" + (++this.serial) + "', 'Gallring " + this.serial + "', 'ret-" + this.nonce + "-" + this.serial
					+ "@retention.budkavle.se')");
			run("insert into membership (unit_id, person_id, is_primary) values ('" + unit + "', '" + id + "', true)");
			people.add(id);
		}
		return people;
	}

	/** A published post targeted at a unit and its subunits, ending (expiring) at {@code expires}, or never. */
	UUID post(Instant published, Instant expires, UUID unit, boolean acknowledgement) {
		UUID id = UUID.randomUUID();
		run("insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,"
				+ " comments_enabled, ack_required, status, publish_at, published_at, expires_at) values ('" + id + "', '"
				+ this.author + "', 'Gallring " + this.nonce + "', 'Text', '<p>Text</p>', 'Text', 'NORMAL', 'sv', true, "
				+ acknowledgement + ", 'PUBLISHED', '" + published + "', '" + published + "', "
				+ ((expires != null) ? "'" + expires + "'" : "null") + ")");
		run("insert into post_target (post_id, unit_id, include_subunits) values ('" + id + "', '" + unit + "', true)");
		return id;
	}

	/** A post that was published long before and withdrawn at {@code withdrawn}. */
	UUID withdrawnPost(Instant withdrawn, UUID unit) {
		UUID id = post(withdrawn.minus(Duration.ofDays(10)), null, unit, false);
		run("update post set status = 'WITHDRAWN', withdrawn_at = '" + withdrawn + "', withdrawn_by = '" + this.author
				+ "', withdrawal_reason = 'Fel' where id = '" + id + "'");
		return id;
	}

	/** A comment under the post with a version, a reaction and a moderation hanging on it. */
	UUID comment(UUID post) {
		UUID id = UUID.randomUUID();
		Instant at = Instant.parse("2024-01-01T10:00:00Z");
		run("insert into comment (id, post_id, author_id, body, created_at) values ('" + id + "', '" + post + "', '"
				+ this.author + "', 'Kommentar " + this.nonce + "', '" + at + "')");
		run("insert into comment_revision (comment_id, version, body, edited_at) values ('" + id
				+ "', 1, 'Kommentar', '" + at + "')");
		run("insert into comment_reaction (comment_id, person_id, kind, created_at) values ('" + id + "', '"
				+ this.author + "', 'LIKE', '" + at + "')");
		run("insert into comment_moderation (comment_id, action, moderator_id, reason, moderated_at) values ('" + id
				+ "', 'HIDE', '" + this.author + "', 'Test', '" + at + "')");
		return id;
	}

	/** An in-app notification made at {@code at}, about a post or none, with an e-mail delivery of it. */
	UUID notification(Instant at, UUID post) {
		UUID id = UUID.randomUUID();
		run("insert into notification (id, recipient_id, kind, title, body, post_id, created_at) values ('" + id
				+ "', '" + this.author + "', 'TEST', 'Gallring', 'Text', " + ((post != null) ? "'" + post + "'" : "null")
				+ ", '" + at + "')");
		run("insert into delivery (channel, notification_id, person_id, status, next_attempt_at, created_at, updated_at)"
				+ " values ('EMAIL', '" + id + "', '" + this.author + "', 'SENT', '" + at + "', '" + at + "', '" + at
				+ "')");
		return id;
	}

	/** A delivery of an announcement of the post, made at {@code at}, in the given status. */
	UUID delivery(Instant at, UUID post, String status) {
		UUID announcement = UUID.randomUUID();
		run("insert into announcement (id, post_id, title, excerpt, unit_ids, created_at) values ('" + announcement
				+ "', '" + post + "', 'Gallring', 'Text', '{}', '" + at + "')");
		UUID id = UUID.randomUUID();
		run("insert into delivery (id, channel, announcement_id, post_id, person_id, status, next_attempt_at,"
				+ " created_at, updated_at) values ('" + id + "', 'EMAIL', '" + announcement + "', '" + post + "', '"
				+ this.author + "', '" + status + "', '" + at + "', '" + at + "', '" + at + "')");
		return id;
	}

	/** A browser's push subscription of the person, made long ago and last renewed at {@code renewed}; its endpoint. */
	String pushSubscription(UUID person, Instant renewed) {
		String endpoint = "https://fcm.googleapis.com/fcm/send/ret-" + this.nonce + "-" + (++this.serial);
		run("insert into web_push_subscription (person_id, endpoint, p256dh, auth, created_at, renewed_at) values ('"
				+ person + "', '" + endpoint + "', 'p256dh', 'auth', '" + renewed.minus(Duration.ofDays(400)) + "', '"
				+ renewed + "')");
		return endpoint;
	}

	/** The person leaves the organisation (the directory marks them inactive). */
	void leaves(UUID person) {
		run("update person set active = false where id = '" + person + "'");
	}

	/** A live event stored at {@code at}. */
	long event(Instant at) {
		return this.database.sql("insert into event (topic, type, created_at) values ('retention-" + this.nonce
				+ "', 'test', '" + at + "') returning id").map((row) -> row.get(0, Long.class)).one().block();
	}

	/** The people as the post's audience, each counted in their primary unit. */
	void audience(UUID post, List<UUID> people) {
		for (UUID person : people) {
			run("insert into post_audience (post_id, person_id, unit_id) select '" + post + "', person_id, unit_id"
					+ " from membership where person_id = '" + person + "' and is_primary");
		}
	}

	void read(UUID post, UUID person, Instant at) {
		run("insert into post_read (post_id, person_id, first_read_at) values ('" + post + "', '" + person + "', '" + at
				+ "')");
	}

	void acknowledge(UUID post, UUID person, Instant at) {
		run("insert into acknowledgement (post_id, person_id, acknowledged_at) values ('" + post + "', '" + person
				+ "', '" + at + "')");
	}

	boolean exists(String table, String column, Object id) {
		return count("select count(*) from " + table + " where " + column + " = '" + id + "'") > 0;
	}

	long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

	void run(String sql) {
		this.database.sql(sql).then().block();
	}
}
