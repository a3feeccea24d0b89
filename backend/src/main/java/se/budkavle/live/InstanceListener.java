package se.budkavle.live;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This instance's one LISTEN connection, outside the pool: every notification (or reconnection, or quiet interval)
 * makes the instance read all events after the last one it handed out, in id order, and hand those the
 * {@link LogHorizon} settles to the fan-out (an event behind a publication still in flight waits for it). A lost
 * connection is re-established with backoff and the catch-up read finds whatever was announced meanwhile.
 */
@Component
class InstanceListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(InstanceListener.class);

	private final ConnectionFactory connections;

	private final EventStore store;

	private final Fanout fanout;

	private final LiveProperties properties;

	private final LiveMetrics metrics;

	private final ViewerNotices viewerNotices;

	private final LogHorizon horizon = new LogHorizon();

	private final Sinks.One<Long> ready = Sinks.one();

	private volatile Disposable running;

	private volatile boolean listening;

	InstanceListener(ConnectionFactory connections, EventStore store, Fanout fanout, LiveProperties properties,
			LiveMetrics metrics, ViewerNotices viewerNotices) {
		this.connections = unpooled(connections);
		this.viewerNotices = viewerNotices;
		this.store = store;
		this.fanout = fanout;
		this.properties = properties;
		this.metrics = metrics;
	}

	/** Completes once this instance listens and knows where the log ends, so nothing published later is missed. */
	Mono<Void> ready() {
		return this.ready.asMono().then();
	}

	/** Whether the LISTEN connection is up (readiness follows it: without it this instance misses live events). */
	boolean listening() {
		return this.listening;
	}

	/** The id of the last event this instance has read from the log. */
	long position() {
		return Math.max(0, this.horizon.position());
	}

	@Override
	public void start() {
		// The one long-lived subscription of the module: it lives as long as the application context.
		this.running = announcements().onBackpressureLatest()
			.concatMap((signal) -> catchUp().concatMap((event) -> this.fanout.deliver(event)
				.doOnTerminate(() -> this.metrics.fannedOut(event))), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable disposable = this.running;
		if (disposable != null) {
			disposable.dispose();
		}
		this.running = null;
		this.listening = false;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

	private Flux<Long> announcements() {
		return Flux.defer(this::listenOnce)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.properties.reconnectMin())
				.maxBackoff(this.properties.reconnectMax())
				.transientErrors(true)
				.doBeforeRetry((retry) -> this.listening = false)
				.doBeforeRetry((retry) -> logger.warn("LISTEN connection lost; re-establishing it (attempt "
						+ (retry.totalRetriesInARow() + 1) + "): " + retry.failure().getMessage())));
	}

	private Flux<Long> listenOnce() {
		return Flux.usingWhen(connect(), this::listen, Connection::close,
				(connection, ex) -> connection.close().onErrorResume((closing) -> Mono.empty()), Connection::close);
	}

	private Flux<Long> listen(PostgresqlConnection connection) {
		// A viewer notice makes this instance forget its cached viewers; an event notice makes it read the log.
		Flux<Long> notified = connection.getNotifications().handle((notification, sink) -> {
			if (ViewerNotices.CHANNEL.equals(notification.getName())) {
				this.viewerNotices.heard();
			}
			else {
				sink.next(0L);
			}
		});
		// Probing the connection now and then notices a dead one and catches up on anything a lost notice would hide.
		// A tick that comes while the last probe or a catch-up is still running is dropped: without it, the timer
		// failed with "Could not emit tick" whenever a probe took longer than the heartbeat (a loaded machine), and the
		// connection was dropped and made again for nothing.
		Flux<Long> probed = Flux.interval(this.properties.heartbeat())
			.onBackpressureDrop()
			.concatMap((tick) -> connection.createStatement("select 1").execute().flatMap(PostgresqlResult::getRowsUpdated));
		return connection.createStatement("listen " + EventLog.CHANNEL + "; listen " + ViewerNotices.CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.then(Mono.fromRunnable(() -> this.listening = true))
			// Notices sent while the connection was down are lost: forget everything once listening again.
			.then(Mono.fromRunnable(this.viewerNotices::heard))
			.thenMany(Flux.merge(Flux.just(0L), notified, probed))
			.concatWith(Flux.error(() -> new IllegalStateException("the LISTEN connection was closed")));
	}

	private Mono<PostgresqlConnection> connect() {
		return Mono.from(this.connections.create()).map(InstanceListener::postgresql);
	}

	private Flux<StoredEvent> catchUp() {
		if (!this.horizon.started()) {
			return this.store.end().flatMapMany((snapshot) -> {
				if (!this.horizon.start(snapshot)) {
					return later();
				}
				this.ready.tryEmitValue(this.horizon.position());
				return Flux.<StoredEvent>empty();
			}).onErrorResume(this::readFailed);
		}
		return this.store.after(this.horizon.position(), this.properties.replayPage())
			.flatMapMany((page) -> {
				List<StoredEvent> settled = this.horizon.settle(page.events(), page.snapshot());
				Flux<StoredEvent> events = Flux.fromIterable(settled);
				if (this.horizon.waiting()) {
					return events.concatWith(later());
				}
				return (page.events().size() < this.properties.replayPage()) ? events
						: events.concatWith(Flux.defer(this::catchUp));
			})
			.onErrorResume(this::readFailed);
	}

	/** Reads again shortly: an event waits behind a gap, and a rollback or an unrelated transaction ending says nothing. */
	private Flux<StoredEvent> later() {
		return Mono.delay(this.properties.gapPoll()).thenMany(Flux.defer(this::catchUp));
	}

	private Flux<StoredEvent> readFailed(Throwable ex) {
		logger.warn("Could not read new live events; retrying at the next notification", ex);
		return Flux.empty();
	}

	static ConnectionFactory unpooled(ConnectionFactory factory) {
		ConnectionFactory current = factory;
		while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner
				&& inner != current) {
			current = inner;
		}
		return current;
	}

	private static PostgresqlConnection postgresql(Connection connection) {
		Object current = connection;
		while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
			current = wrapped.unwrap();
		}
		if (current instanceof PostgresqlConnection postgresql) {
			return postgresql;
		}
		throw new IllegalStateException("Live updates need PostgreSQL (r2dbc-postgresql), not " + connection.getClass());
	}
}
