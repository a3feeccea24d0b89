package se.budkavle.news;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Publishes a post: fixes its audience — the active members of the targeted units, with subunits where asked, each
 * once and with the unit they were counted in, the author left out — so later reorganisations leave it as it was.
 */
@Component
class Publication {

	// A person is counted in their primary unit when the post reaches it, else in another unit of theirs it reaches.
	// The author is never in their own audience: not expected to read or acknowledge, never reminded, never counted.
	static final String AUDIENCE = """
			insert into post_audience (post_id, person_id, unit_id)
			select distinct on (m.person_id) :postId, m.person_id, m.unit_id
			from (select distinct c.descendant_id as unit_id
			      from post_target t
			      join org_unit_subtree c on c.ancestor_id = t.unit_id and (t.include_subunits or c.depth = 0)
			      where t.post_id = :postId) reached
			join org_unit u on u.id = reached.unit_id and u.active
			join person_membership_record m on m.unit_id = reached.unit_id
			join org_person p on p.id = m.person_id and p.active
			where m.person_id <> (select author_id from post where id = :postId)
			order by m.person_id, m.is_primary desc, m.unit_id
			on conflict do nothing""";

	static final String PUBLISHED = """
			update post set status = 'PUBLISHED', published_at = :now, updated_at = :now,
			       audience_size = (select count(*) from post_audience where post_id = :postId)
			where id = :postId and status = 'SCHEDULED'
			returning audience_size""";

	private final DatabaseClient database;

	private final PublicationHooks hooks;

	Publication(DatabaseClient database, PublicationHooks hooks) {
		this.database = database;
		this.hooks = hooks;
	}

	/**
	 * Publishes a scheduled post, in the caller's transaction.
	 * @param postId the post
	 * @param now the publication time
	 * @return the audience size, or empty when the post was not (or no longer) scheduled
	 */
	Mono<Integer> publish(UUID postId, Instant now) {
		return this.database.sql(AUDIENCE)
			.bind("postId", postId)
			.fetch()
			.rowsUpdated()
			.then(this.database.sql(PUBLISHED)
				.bind("postId", postId)
				.bind("now", now)
				.map((row) -> row.get(0, Integer.class))
				.one())
			.flatMap((size) -> this.hooks.published(postId).thenReturn(size));
	}
}
