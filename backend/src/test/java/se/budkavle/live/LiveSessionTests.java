package se.budkavle.live;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;

import reactor.core.publisher.BaseSubscriber;

import static org.assertj.core.api.Assertions.assertThat;

class LiveSessionTests {

	@Test
	void aClientThatDoesNotReadIsClosedWith4429InsteadOfBufferingWithoutBound() {
		var session = new LiveSession(2);
		List<Object> closes = new ArrayList<>();
		session.closing().subscribe(closes::add);
		session.frames().subscribe(new BaseSubscriber<String>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				// reads nothing: the socket's peer is not keeping up
			}
		});
		session.deliver(1, "one");
		session.deliver(2, "two");
		assertThat(closes).isEmpty();
		session.deliver(3, "three");
		assertThat(closes).containsExactly(LiveCloseCodes.TOO_SLOW);
	}

	@Test
	void anEventIsSentOnceEvenWhenReplayAndLiveDeliveryBothHaveIt() {
		var session = new LiveSession(16);
		List<String> sent = new ArrayList<>();
		session.frames().subscribe(sent::add);
		session.startReplay(1);
		session.deliver(3, "three (live)");
		session.replay(2, "two");
		session.replay(3, "three");
		session.deliver(4, "four (live)");
		session.endReplay();
		session.deliver(4, "four again");
		session.deliver(5, "five");
		assertThat(sent).containsExactly("two", "three", "four (live)", "five");
	}
}
