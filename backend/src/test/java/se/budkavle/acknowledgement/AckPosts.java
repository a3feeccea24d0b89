package se.budkavle.acknowledgement;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Published posts written straight into the news tables, with the audience resolved the way publication does: the
 * active members of the targeted subtree, each with the unit they belong to.
 */
final class AckPosts {

	private final DatabaseClient database;

	AckPosts(DatabaseClient database) {
		this.database = database;
	}

	UUID publish(UUID author, UUID unit, boolean ackRequired, Instant deadline, Instant now) {
		var insert = this.database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
				                  comments_enabled, ack_required, ack_deadline, status, publish_at, published_at)
				values (:author, 'Nytt schema', 'x', '<p>x</p>', 'x', 'NORMAL', 'sv', true, :ack, :deadline,
				        'PUBLISHED', :now, :now) returning id""")
			.bind("author", author)
			.bind("ack", ackRequired)
			.bind("now", now);
		insert = (deadline != null) ? insert.bind("deadline", deadline) : insert.bindNull("deadline", Instant.class);
		UUID post = insert.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		this.database.sql("insert into post_target values (:post, :unit, true)")
			.bind("post", post)
			.bind("unit", unit)
			.then()
			.block();
		this.database.sql("""
				insert into post_audience (post_id, person_id, unit_id)
				select distinct on (m.person_id) :post, m.person_id, m.unit_id
				from unit_closure c
				join membership m on m.unit_id = c.descendant_id
				join person p on p.id = m.person_id and p.active
				where c.ancestor_id = :unit
				order by m.person_id, m.is_primary desc""").bind("post", post).bind("unit", unit).then().block();
		this.database.sql("""
				update post set audience_size = (select count(*) from post_audience where post_id = :post)
				where id = :post""").bind("post", post).then().block();
		return post;
	}
}
