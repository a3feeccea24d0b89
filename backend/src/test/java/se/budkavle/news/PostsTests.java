package se.budkavle.news;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.test.StepVerifier;

import se.budkavle.org.DirectoryImports;

import static org.assertj.core.api.Assertions.assertThat;

@NewsTest
class PostsTests {

	@Autowired
	Posts posts;

	@Autowired
	DatabaseClient database;

	@Autowired
	DirectoryImports imports;

	NewsOrganisation organisation;

	UUID post;

	@BeforeEach
	void aPublishedPostToHemtjanstSydReadByTheEmployee() {
		this.organisation = new NewsOrganisation(this.database);
		this.organisation.reset(this.imports, NewsOrganisation.directory());
		this.post = this.database.sql("""
				insert into post (author_id, title, body_markdown, body_html, excerpt, priority, language,
				                  comments_enabled, ack_required, status, publish_at, published_at, audience_size)
				values (:author, 'Nytt schema', 'Hej', '<p>Hej</p>', 'Hej', 'NORMAL', 'sv', true, false, 'PUBLISHED',
				        now(), now(), 1) returning id""")
			.bind("author", this.organisation.person("enhet-manager"))
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		this.database.sql("insert into post_target values (:post, :unit, false)")
			.bind("post", this.post)
			.bind("unit", this.organisation.unit("hsf-aldre-hemtjanst-syd"))
			.then()
			.block();
		this.database.sql("insert into post_audience values (:post, :person, :unit)")
			.bind("post", this.post)
			.bind("person", this.organisation.person("colleague"))
			.bind("unit", this.organisation.unit("hsf-aldre-hemtjanst-syd"))
			.then()
			.block();
	}

	@Test
	void someoneInTheAudienceMayReadButIsNotPrivileged() {
		StepVerifier.create(this.posts.access(this.post, this.organisation.viewer("colleague")))
			.assertNext((access) -> {
				assertThat(access.inAudience()).isTrue();
				assertThat(access.privileged()).isFalse();
				assertThat(access.title()).isEqualTo("Nytt schema");
				assertThat(access.status()).isEqualTo(PostStatus.PUBLISHED);
			})
			.verifyComplete();
	}

	@Test
	void someoneOutsideTheAudienceGetsNothing() {
		StepVerifier.create(this.posts.access(this.post, this.organisation.viewer("outsider"))).verifyComplete();
	}

	@Test
	void aPostThatDoesNotExistGivesNothing() {
		StepVerifier.create(this.posts.access(UUID.randomUUID(), this.organisation.viewer("colleague")))
			.verifyComplete();
	}

	@Test
	void theAuthorAndManagersAboveTheTargetArePrivileged() {
		for (String key : new String[] { "enhet-manager", "deputy", "avdelning-manager", "director" }) {
			StepVerifier.create(this.posts.access(this.post, this.organisation.viewer(key)))
				.assertNext((access) -> {
					assertThat(access.privileged()).as(key).isTrue();
					assertThat(access.inAudience()).as(key).isFalse();
				})
				.verifyComplete();
		}
		StepVerifier.create(this.posts.access(this.post, this.organisation.viewer("enhet-manager")))
			.assertNext((access) -> assertThat(access.author()).isTrue())
			.verifyComplete();
	}

	@Test
	void organisationWideRolesArePrivileged() {
		for (String key : new String[] { "communicator", "hr", "admin" }) {
			StepVerifier.create(this.posts.access(this.post, this.organisation.viewer(key)))
				.assertNext((access) -> assertThat(access.privileged()).as(key).isTrue())
				.verifyComplete();
		}
	}

	@Test
	void theAudienceNoLongerSeesAWithdrawnPostButPrivilegedPeopleDo() {
		this.database.sql("update post set status = 'WITHDRAWN' where id = :id").bind("id", this.post).then().block();
		StepVerifier.create(this.posts.access(this.post, this.organisation.viewer("colleague"))).verifyComplete();
		StepVerifier.create(this.posts.access(this.post, this.organisation.viewer("enhet-manager")))
			.assertNext((access) -> assertThat(access.status()).isEqualTo(PostStatus.WITHDRAWN))
			.verifyComplete();
	}

	@Test
	void theCommentCountMovesByTheDeltaAndNeverBelowZero() {
		StepVerifier.create(this.posts.commentCountChanged(this.post, 3)).verifyComplete();
		StepVerifier.create(this.posts.commentCountChanged(this.post, -1)).verifyComplete();
		assertThat(commentCount()).isEqualTo(2);
		StepVerifier.create(this.posts.commentCountChanged(this.post, -5)).verifyComplete();
		assertThat(commentCount()).isZero();
	}

	private long count(String sql) {
		return this.organisation.count(sql);
	}

	private long commentCount() {
		return count("select comment_count::bigint from post where id = '" + this.post + "'");
	}
}
