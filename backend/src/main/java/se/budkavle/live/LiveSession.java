package se.budkavle.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.web.reactive.socket.CloseStatus;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import se.budkavle.identity.Viewer;

/**
 * One client socket: who is signed in, which topics it follows, the event loop that writes to it, and a bounded queue
 * of frames (UTF-8 text, shared by every socket that gets the same event). Events are sent at most once each, in id
 * order; while a resume replays the log, live events are held back and then sent only if the replay did not already
 * send them.
 */
final class LiveSession {

	/** The executor of a session whose socket has no event loop of its own (it is written from the caller's thread). */
	static final Executor CALLER = Runnable::run;

	private final Sinks.Many<byte[]> frames;

	private final Sinks.One<CloseStatus> closing = Sinks.one();

	private final Sinks.Many<Instant> expiries = Sinks.many().replay().latest();

	private final Sinks.Empty<Void> ended = Sinks.empty();

	private final Set<String> topics = ConcurrentHashMap.newKeySet(4);

	private final SentIds sent = new SentIds();

	private volatile Executor loop = CALLER;

	private volatile Viewer viewer;

	private volatile CloseStatus closeRequested;

	private long lastSent;

	private List<Held> held;

	LiveSession(int capacity) {
		this.frames = Sinks.many().unicast().onBackpressureBuffer(new BoundedQueue<>(capacity));
	}

	Flux<byte[]> frames() {
		return this.frames.asFlux();
	}

	/** The event loop that writes to this socket: the fan-out hands it this session's frames in one task per loop. */
	Executor loop() {
		return this.loop;
	}

	void writtenBy(Executor loop) {
		this.loop = loop;
	}

	Mono<CloseStatus> closing() {
		return this.closing.asMono();
	}

	Flux<Instant> expiries() {
		return this.expiries.asFlux();
	}

	Mono<Void> ended() {
		return this.ended.asMono();
	}

	void end() {
		this.ended.tryEmitEmpty();
	}

	boolean signedIn() {
		return this.viewer != null;
	}

	Viewer viewer() {
		return this.viewer;
	}

	UUID personId() {
		return this.viewer.personId();
	}

	/** Signs the session in, or extends it with a fresh token for the same person. */
	synchronized boolean signIn(Viewer viewer, Instant expiresAt) {
		if (this.viewer != null && !this.viewer.personId().equals(viewer.personId())) {
			return false;
		}
		this.viewer = viewer;
		this.expiries.tryEmitNext(expiresAt);
		return true;
	}

	Set<String> topics() {
		return Set.copyOf(this.topics);
	}

	boolean follow(String topic) {
		return this.topics.add(topic);
	}

	boolean unfollow(String topic) {
		return this.topics.remove(topic);
	}

	void close(CloseStatus status) {
		if (this.closeRequested == null) {
			this.closeRequested = status;
		}
		this.closing.tryEmitValue(status);
	}

	/** The status the session is to be closed with, or {@code null}. */
	CloseStatus closeRequested() {
		return this.closeRequested;
	}

	/** A protocol message (not an event). */
	void send(String frame) {
		send(frame.getBytes(StandardCharsets.UTF_8));
	}

	private synchronized void send(byte[] frame) {
		Sinks.EmitResult result = this.frames.tryEmitNext(frame);
		if (result == Sinks.EmitResult.FAIL_OVERFLOW || result == Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			close(LiveCloseCodes.TOO_SLOW);
		}
	}

	/** A live event from the fan-out. */
	synchronized void deliver(long id, byte[] frame) {
		if (this.held != null) {
			this.held.add(new Held(id, frame));
		}
		else if (id > this.lastSent) {
			sendEvent(id, frame);
		}
	}

	/** Holds live events back until the replay ends; the client has seen everything up to {@code after}. */
	synchronized void startReplay(long after) {
		if (this.held == null) {
			this.held = new ArrayList<>();
		}
		this.lastSent = Math.max(this.lastSent, after);
	}

	/** An event read back from the log for a resume. */
	synchronized void replay(long id, byte[] frame) {
		sendEvent(id, frame);
	}

	/**
	 * Ends a replay: sends the live events held meanwhile that the replay did not cover.
	 * @return the highest event id sent so far
	 */
	synchronized long endReplay() {
		List<Held> pending = (this.held != null) ? this.held : List.of();
		this.held = null;
		long replayedThrough = this.lastSent;
		pending.stream().filter((event) -> event.id() > replayedThrough).forEach((event) -> sendEvent(event.id(), event.frame()));
		return this.lastSent;
	}

	private void sendEvent(long id, byte[] frame) {
		// An id above every one sent cannot have been sent; only a replay reaches below it.
		if (id <= this.lastSent && this.sent.contains(id)) {
			return;
		}
		this.sent.add(id);
		this.lastSent = Math.max(this.lastSent, id);
		send(frame);
	}

	private record Held(long id, byte[] frame) {
	}
}
