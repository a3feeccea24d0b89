package se.budkavle.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.comments.SeededComments;
import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.RoleGrants;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.news.NewPost;
import se.budkavle.news.Posts;
import se.budkavle.org.Organisation;

/**
 * A few news posts by the personas, and a short dialogue under one of them, so the demo page has news to read,
 * acknowledge, discuss and follow, and reach has themes to show; written once, when none of the authoring personas
 * has posted yet, so restarts change nothing.
 */
@Component
@ConditionalOnDemoMode
class DemoPosts {

	private static final Log logger = LogFactory.getLog(DemoPosts.class);

	/** The unit whose people, with their managers above, talk under the communicator's post. */
	private static final String DIALOGUE_UNIT = "hsf-aldre-hemtjanst-syd";

	private final Organisation organisation;

	private final Posts posts;

	private final Clock clock;

	private final RoleGrants grants;

	private final SeededComments comments;

	DemoPosts(Organisation organisation, Posts posts, Clock clock, RoleGrants grants, SeededComments comments) {
		this.organisation = organisation;
		this.posts = posts;
		this.clock = clock;
		this.grants = grants;
		this.comments = comments;
	}

	/**
	 * Publishes the sample posts unless Maria Holm has posted before or the personas are not in the organisation.
	 * @return how many posts were published
	 */
	Mono<Long> seedIfNone() {
		return this.organisation.personByExternalId(DemoPersonas.ENHET_MANAGER.externalId())
			.flatMap((maria) -> this.posts.hasPostsBy(maria.id()))
			.filter((posted) -> !posted)
			.flatMap((none) -> Flux.fromIterable(samples())
				.concatMap((sample) -> publish(sample)
					.flatMap((id) -> (sample.author() == DemoPersonas.COMMUNICATOR) ? discuss(id).thenReturn(id)
							: Mono.just(id)))
				.count())
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
								+ "Kvittera att du har läst med knappen **Kvittera att du har läst**.",
						false, true, now.plus(Duration.ofDays(7)), List.of())),
				new Sample(DemoPersonas.COMMUNICATOR, DemoStructure.ADMINISTRATION_ID, true, new NewPost(
						"Driftstörning i telefonin",
						"Telefonin fungerar inte som vanligt just nu. Använd Teams eller mobilen tills vidare.",
						true, false, null, List.of())));
	}

	private Mono<UUID> publish(Sample sample) {
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

	/**
	 * A dialogue under the communicator's post to the whole förvaltning, by eight people: enough different people in
	 * Hemtjänst Syd and Äldreomsorg (units reach shows whole) that reach shows their themes ("brukarna", "mobilen").
	 */
	private Mono<Void> discuss(UUID postId) {
		var now = this.clock.instant();
		return Mono.fromCallable(DemoPosts::dialogue)
			.subscribeOn(Schedulers.parallel())
			.flatMapMany(Flux::fromIterable)
			.concatMap((line) -> this.organisation.personByExternalId(line.author())
				.flatMap((author) -> this.comments.write(postId, author.id(), line.text(), now)))
			.then();
	}

	private static List<Line> dialogue() {
		List<String> colleagues = DemoOrganisationGenerator.generate()
			.snapshot()
			.people()
			.stream()
			.filter((person) -> person.externalId().matches("demo-\\d+")
					&& person.unitExternalIds().contains(DIALOGUE_UNIT))
			.map(DirectoryPerson::externalId)
			.limit(2)
			.toList();
		return List.of(
				new Line(DemoPersonas.EMPLOYEE.externalId(),
						"Går larmet från brukarna som vanligt? Jag ringer från mobilen så länge."),
				new Line(DemoPersonas.COLLEAGUE.externalId(),
						"Vi ringer brukarna från mobilen tills telefonin fungerar igen."),
				new Line(colleagues.get(0), "Brukarna frågar om larmet. Vi svarar från mobilen så länge."),
				new Line(colleagues.get(1), "Jag har numren till brukarna i mobilen, så det går bra att ringa dem."),
				new Line(DemoPersonas.ENHET_MANAGER.externalId(),
						"Hemtjänst Syd använder mobilen, och larmen från brukarna går som vanligt."),
				new Line(DemoPersonas.AVDELNING_MANAGER.externalId(),
						"Tack för beskedet. Hör av er om mobilen krånglar när ni ringer brukarna."),
				new Line(DemoPersonas.DIRECTOR.externalId(),
						"Tack Lena. Säg till när telefonin fungerar, så vi kan ge besked till brukarna."),
				new Line(DemoPersonas.HR.externalId(),
						"Den som inte når sin chef kan ringa på mobilen eller skriva i Teams."));
	}

	private record Line(String author, String text) {
	}

	private record Sample(DemoPersona author, String unit, boolean includeSubunits, NewPost post) {
	}
}
