package se.budkavle.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.RoleGrants;
import se.budkavle.news.NewPost;
import se.budkavle.news.Posts;
import se.budkavle.org.Organisation;

/**
 * A few news posts by the personas, so the demo page has news to read, acknowledge and follow; written once, when
 * none of the authoring personas has posted yet, so restarts change nothing.
 */
@Component
@ConditionalOnDemoMode
class DemoPosts {

	private static final Log logger = LogFactory.getLog(DemoPosts.class);

	private final Organisation organisation;

	private final Posts posts;

	private final Clock clock;

	private final RoleGrants grants;

	DemoPosts(Organisation organisation, Posts posts, Clock clock, RoleGrants grants) {
		this.organisation = organisation;
		this.posts = posts;
		this.clock = clock;
		this.grants = grants;
	}

	/**
	 * Publishes the sample posts unless Maria Holm has posted before or the personas are not in the organisation.
	 * @return how many posts were published
	 */
	Mono<Long> seedIfNone() {
		return this.organisation.personByExternalId(DemoPersonas.ENHET_MANAGER.externalId())
			.flatMap((maria) -> this.posts.hasPostsBy(maria.id()))
			.filter((posted) -> !posted)
			.flatMap((none) -> Flux.fromIterable(samples()).concatMap(this::publish).count())
			.doOnNext((count) -> logger.info("Seeded " + count + " demo posts"))
			.defaultIfEmpty(0L);
	}

	private List<Sample> samples() {
		var now = this.clock.instant();
		return List.of(new Sample(DemoPersonas.AVDELNING_MANAGER, "hsf-aldre", true, new NewPost("Välkommen till Budkavle",
				"Här kommer nyheter från äldreomsorgen att samlas. Läs, kommentera och ställ frågor till din chef.\n\n"
						+ "Hälsningar **Anders**",
				false, false, null, List.of())),
				new Sample(DemoPersonas.ENHET_MANAGER, "hsf-aldre-hemtjanst-syd", true, new NewPost(
						"Nya rutiner för nyckelhantering",
						"Från och med måndag gäller nya rutiner för nycklar till brukarnas bostäder.\n\n"
								+ "1. Kvittera ut nycklar i nyckelskåpet.\n2. Lämna tillbaka dem samma dag.\n\n"
								+ "Bekräfta att du har läst med knappen **Jag har läst**.",
						false, true, now.plus(Duration.ofDays(7)), List.of())),
				new Sample(DemoPersonas.COMMUNICATOR, DemoStructure.ADMINISTRATION_ID, true, new NewPost(
						"Driftstörning i telefonin",
						"Telefonin fungerar inte som vanligt just nu. Använd Teams eller mobilen tills vidare.",
						true, false, null, List.of())));
	}

	private Mono<java.util.UUID> publish(Sample sample) {
		return Mono.zip(this.organisation.personByExternalId(sample.author().externalId()),
				this.organisation.unitByExternalId(sample.unit()))
			.flatMap((found) -> {
				var author = found.getT1();
				var post = new NewPost(sample.post().title(), sample.post().body(), sample.post().important(),
						sample.post().acknowledgementRequired(), sample.post().acknowledgementDeadline(),
						List.of(new NewPost.Target(found.getT2().id(), sample.includeSubunits())));
				// The author with the roles their token and the role table give them, as a request would have.
				return this.grants.viewer(author.id(), author.displayName(), author.email(), sample.author().roles())
					.flatMap((viewer) -> this.posts.publish(viewer, post));
			});
	}

	private record Sample(DemoPersona author, String unit, boolean includeSubunits, NewPost post) {
	}
}
