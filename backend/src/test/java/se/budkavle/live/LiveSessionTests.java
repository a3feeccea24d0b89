package se.budkavle.live;

import java.nio.charset.StandardCharsets;
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
		session.frames().subscribe(new BaseSubscriber<byte[]>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				// reads nothing: the socket's peer is not keeping up
			}
		});
		session.deliver(1, bytes("one"));
		session.deliver(2, bytes("two"));
		assertThat(closes).isEmpty();
		session.deliver(3, bytes("three"));
		assertThat(closes).containsExactly(LiveCloseCodes.TOO_SLOW);
	}

	@Test
	void anEventIsSentOnceEvenWhenReplayAndLiveDeliveryBothHaveIt() {
		var session = new LiveSession(16);
		List<String> sent = new ArrayList<>();
		session.frames().subscribe((frame) -> sent.add(new String(frame, StandardCharsets.UTF_8)));
		session.startReplay(1);
		session.deliver(3, bytes("three (live)"));
		session.replay(2, bytes("two"));
		session.replay(3, bytes("three"));
		session.deliver(4, bytes("four (live)"));
		session.endReplay();
		session.deliver(4, bytes("four again"));
		session.deliver(5, bytes("five"));
		assertThat(sent).containsExactly("two", "three", "four (live)", "five");
	}

	@Test
	void aSecondResumeReplaysOnlyWhatTheSocketHasNotBeenSent() {
		var session = new LiveSession(16);
		List<String> sent = new ArrayList<>();
		session.frames().subscribe((frame) -> sent.add(new String(frame, StandardCharsets.UTF_8)));
		session.deliver(10, bytes("ten (live)"));
		session.startReplay(5);
		session.replay(7, bytes("seven"));
		session.replay(10, bytes("ten again"));
		session.endReplay();
		assertThat(sent).containsExactly("ten (live)", "seven");
	}

	@Test
	void sentIdsRememberTheLatestThousandAndTwentyFourInLittleSpace() {
		var ids = new SentIds();
		for (long id = 1; id <= SentIds.REMEMBERED + 10; id++) {
			ids.add(id);
		}
		assertThat(ids.contains(10)).as("an id pushed out by newer ones").isFalse();
		assertThat(ids.contains(11)).isTrue();
		assertThat(ids.contains(SentIds.REMEMBERED + 10)).isTrue();
		assertThat(ids.contains(SentIds.REMEMBERED + 11)).isFalse();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
