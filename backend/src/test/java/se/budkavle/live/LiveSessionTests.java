package se.budkavle.live;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

class LiveSessionTests {

	@Test
	void aClientThatDoesNotReadIsClosedWith4429InsteadOfBufferingWithoutBound() {
		var session = new LiveSession(2);
		session.deliver(1, "one");
		session.deliver(2, "two");
		StepVerifier.create(session.closing()).expectSubscription().expectNoEvent(java.time.Duration.ZERO).thenCancel().verify();
		session.deliver(3, "three");
		StepVerifier.create(session.closing()).expectNext(LiveCloseCodes.TOO_SLOW).verifyComplete();
	}

	@Test
	void anEventIsSentOnceEvenWhenReplayAndLiveDeliveryBothHaveIt() {
		var session = new LiveSession(16);
		session.startReplay();
		session.deliver(3, "three (live)");
		session.replay(2, "two");
		session.replay(3, "three");
		session.deliver(4, "four (live)");
		session.endReplay();
		session.deliver(4, "four again");
		session.deliver(5, "five");
		session.end();
		StepVerifier.create(session.frames().take(4)).expectNext("two", "three", "four (live)", "five").verifyComplete();
	}
}
