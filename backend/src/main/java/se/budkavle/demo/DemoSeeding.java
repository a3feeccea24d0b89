package se.budkavle.demo;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;

/**
 * Fills an empty organisation with the demo organisation when the hub starts in demo mode, gives the personas their
 * scoped roles when no role was ever given and a few news posts when they have none; an organisation that already has units (from an earlier start or an import) is
 * left alone.
 */
@Component
@ConditionalOnDemoMode
@Order(Ordered.LOWEST_PRECEDENCE) // after a start-up directory file, so a real organisation wins over the demo one
class DemoSeeding implements ApplicationRunner {

	static final String SOURCE = "demo";

	private static final Log logger = LogFactory.getLog(DemoSeeding.class);

	private final Organisation organisation;

	private final DirectoryImports imports;

	private final DemoProperties properties;

	private final DemoPosts posts;

	private final DemoRoles roles;

	private final DemoImagePost imagePost;

	private final DemoCascade cascade;

	private final DemoCrisisTemplates crisisTemplates;

	private final DemoCrisis crisis;

	DemoSeeding(Organisation organisation, DirectoryImports imports, DemoProperties properties, DemoPosts posts,
			DemoRoles roles, DemoImagePost imagePost, DemoCascade cascade, DemoCrisisTemplates crisisTemplates,
			DemoCrisis crisis) {
		this.crisisTemplates = crisisTemplates;
		this.organisation = organisation;
		this.imports = imports;
		this.properties = properties;
		this.posts = posts;
		this.roles = roles;
		this.imagePost = imagePost;
		this.cascade = cascade;
		this.crisis = crisis;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.seed()) {
			// Application runners run on the main thread, not on an event loop, before the app reports itself ready:
			// waiting here means the first visitor already finds the personas.
			seedIfEmpty().then(this.roles.seedIfNone())
				.then(this.cascade.seedIfNone())
				.then(this.crisisTemplates.seedIfNone())
				.then(this.crisis.seedIfNone())
				.then(this.posts.seedIfNone())
				.filter((seeded) -> seeded > 0)
				.flatMap((seeded) -> this.imagePost.seed())
				.block();
		}
	}

	/**
	 * Applies the demo organisation if there is no organisation yet.
	 * @return what changed, {@link DirectoryChanges#NONE} when the organisation was not empty
	 */
	Mono<DirectoryChanges> seedIfEmpty() {
		return this.organisation.isEmpty()
			.filter(Boolean::booleanValue)
			.flatMap((empty) -> seed())
			.defaultIfEmpty(DirectoryChanges.NONE);
	}

	private Mono<DirectoryChanges> seed() {
		return Mono.fromCallable(DemoOrganisationGenerator::generate)
			.subscribeOn(Schedulers.parallel())
			.flatMap((demo) -> this.imports.apply(demo.snapshot(), SOURCE, null))
			.doOnNext((changes) -> logger.info("Seeded the demo organisation: " + changes.peopleAdded()
					+ " people in " + changes.unitsAdded() + " units"));
	}
}
