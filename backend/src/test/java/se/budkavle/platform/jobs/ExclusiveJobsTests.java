package se.budkavle.platform.jobs;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ExclusiveJobsTests {

	@Autowired
	private ExclusiveJobs jobs;

	@Test
	void aJobRunningOnOneInstanceIsSkippedByAnother() {
		Sinks.One<String> release = Sinks.one();
		Sinks.Empty<Void> started = Sinks.empty();
		Flux<String> first = this.jobs.runOnce("test", () -> Mono.fromRunnable(started::tryEmitEmpty)
			.then(release.asMono()))
			.cache();
		first.subscribe();
		StepVerifier.create(started.asMono()).verifyComplete();

		StepVerifier.create(this.jobs.runOnce("test", () -> Mono.just("second"))).verifyComplete();
		StepVerifier.create(this.jobs.runOnce("other", () -> Mono.just("other job"))).expectNext("other job")
			.verifyComplete();

		release.tryEmitValue("first");
		assertThat(first.blockLast()).isEqualTo("first");
		StepVerifier.create(this.jobs.runOnce("test", () -> Mono.just("third"))).expectNext("third").verifyComplete();
	}

}
