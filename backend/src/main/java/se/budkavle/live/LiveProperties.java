package se.budkavle.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live gateway behaves.
 *
 * @param heartbeat how often each socket gets a {@code heartbeat} message (keeps proxies from closing idle sockets)
 * @param authTimeout how long a new socket may stay unauthenticated before it is closed with 4401
 * @param sessionBuffer messages queued per socket before a client that does not read is dropped with 4429
 * @param maxTopics topics one socket may follow
 * @param replayPage events read from the log per query when catching up or replaying
 * @param reconnectMin first wait before re-establishing a lost LISTEN connection
 * @param reconnectMax longest wait between attempts to re-establish it
 * @param maxSocketsPerPerson signed-in sockets one person may hold open on one instance; the next is closed with 4409
 * @param gapPoll how soon the log is read again while an event waits behind a gap (a publication still in flight or
 * rolled back, which announces nothing)
 * @param benchEndpoint whether {@code POST /api/v1/live/bench/events} (publishes test events for the fan-out benchmark)
 * exists; never in production
 */
@ConfigurationProperties("budkavle.live")
record LiveProperties(@DefaultValue("25s") Duration heartbeat, @DefaultValue("10s") Duration authTimeout,
		@DefaultValue("1024") int sessionBuffer, @DefaultValue("100") int maxTopics,
		@DefaultValue("500") int replayPage, @DefaultValue("100ms") Duration reconnectMin,
		@DefaultValue("10s") Duration reconnectMax, @DefaultValue("false") boolean benchEndpoint,
		@DefaultValue("10") int maxSocketsPerPerson, @DefaultValue("50ms") Duration gapPoll) {
}
