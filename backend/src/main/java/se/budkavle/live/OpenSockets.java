package se.budkavle.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;

/**
 * This instance's open live sockets; at the very start of shutdown, before the web server's graceful phase waits for
 * open connections, each is closed with 1001 "going away" so that clients reconnect (and resume) elsewhere at once
 * instead of holding the shutdown until it times out.
 */
@Component
class OpenSockets implements SmartLifecycle {

	static final CloseStatus GOING_AWAY = CloseStatus.GOING_AWAY.withReason("going away");

	private final Set<LiveSession> sessions = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	private volatile boolean goingAway;

	void opened(LiveSession session) {
		this.sessions.add(session);
		if (this.goingAway) {
			session.close(GOING_AWAY);
		}
	}

	void closed(LiveSession session) {
		this.sessions.remove(session);
	}

	int count() {
		return this.sessions.size();
	}

	/**
	 * Starts, or starts again after a stop: a context that is stopped and restarted (as the test framework pauses and
	 * resumes cached contexts) welcomes sockets again instead of sending every new one away.
	 */
	@Override
	public void start() {
		this.goingAway = false;
		this.running = true;
	}

	@Override
	public void stop() {
		this.goingAway = true;
		this.running = false;
		this.sessions.forEach((session) -> session.close(GOING_AWAY));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the graceful shutdown of the web server (which waits for open connections, sockets included). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
	}
}
