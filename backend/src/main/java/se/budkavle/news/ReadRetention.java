package se.budkavle.news;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import se.budkavle.records.RetentionStatement;

/**
 * Retention of read receipts: the first reads of each post published before the cutoff are reduced to counts per
 * unit and second after publication ({@code post_read_tally}) and the personal rows deleted, unless the post is on
 * hold, and the post is marked {@code reads_reduced_at}. Reach reads both ({@code post_reading}), so its figures stay
 * the same; the post counts as read in every feed, and later reads of it are not recorded ({@link Reading}), since
 * they could not be told from the reads already counted.
 */
@Component
class ReadRetention extends RetentionStatement {

	/** Tallies and deletes the reads due in one statement; the benchmark runs the same SQL. */
	static final String REDUCE = """
			with due as (
			    select p.id, p.published_at from post p
			    where p.published_at < :cutoff and p.reads_reduced_at is null
			      and not exists (select 1 from legal_hold_post h where h.post_id = p.id)
			), marked as (
			    update post set reads_reduced_at = :now where id in (select id from due)
			), tallied as (
			    insert into post_read_tally (post_id, unit_id, read_after, readers)
			    select pa.post_id, pa.unit_id, floor(extract(epoch from r.first_read_at - d.published_at))::bigint,
			           count(*)
			    from due d
			    join post_read r on r.post_id = d.id
			    join post_audience pa on pa.post_id = r.post_id and pa.person_id = r.person_id
			    group by 1, 2, 3
			    on conflict (post_id, unit_id, read_after) do update set readers = post_read_tally.readers + excluded.readers
			), gone as (
			    delete from post_read r using due d where r.post_id = d.id returning 1
			)
			select count(*) from gone""";

	ReadRetention(DatabaseClient database) {
		super(READ_RECEIPTS, database, REDUCE);
	}
}
