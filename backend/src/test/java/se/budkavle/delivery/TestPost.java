package se.budkavle.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.org.Organisation;

/**
 * A published post written straight into the news tables, for delivery tests that only need one to exist.
 */
final class TestPost {

	private TestPost() {
	}

	static UUID publish(DatabaseClient database, UUID author, UUID unit, List<String> audience,
			Organisation organisation) {
		UUID post = database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
				                  comments_enabled, status, publish_at, published_at, audience_size)
				values (:author, 'Viktigt', 'x', '<p>x</p>', 'x', 'IMPORTANT', 'sv', true, 'PUBLISHED', now(), now(),
				        :size) returning id""")
			.bind("author", author)
			.bind("size", audience.size())
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		database.sql("insert into post_target values (:post, :unit, true)").bind("post", post).bind("unit", unit).then()
			.block();
		for (String key : audience) {
			database.sql("insert into post_audience values (:post, :person, :unit)")
				.bind("post", post)
				.bind("person", organisation.personByExternalId("demo-" + key).block().id())
				.bind("unit", unit)
				.then()
				.block();
		}
		return post;
	}
}
