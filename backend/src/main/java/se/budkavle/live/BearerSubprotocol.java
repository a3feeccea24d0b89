package se.budkavle.live;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;

/**
 * Maps {@code /api/v1/live} and lets a client offer its token as a subprotocol: it offers {@code bearer} and
 * {@code bearer.<token>}, and the handshake answers with the fixed {@code bearer} only, so the token never appears in
 * a response header that proxies may log.
 */
@Configuration(proxyBeanMethods = false)
class BearerSubprotocol implements WebFluxConfigurer {

	/** The protocol name the hub selects. */
	static final String NAME = "bearer";

	static final String PREFIX = NAME + ".";

	@Bean
	HandlerMapping liveHandlerMapping(LiveSocket socket) {
		return new SimpleUrlHandlerMapping(Map.of(LiveSocket.PATH, socket), -1);
	}

	@Override
	public WebSocketService getWebSocketService() {
		return new HandshakeWebSocketService();
	}

	/** The token a client offered as {@code bearer.<token>}, if it offered one. */
	static Optional<String> offeredToken(HttpHeaders headers) {
		return headers.getOrEmpty("Sec-WebSocket-Protocol")
			.stream()
			.flatMap((header) -> Arrays.stream(header.split(",")))
			.map(String::trim)
			.filter((protocol) -> protocol.startsWith(PREFIX) && protocol.length() > PREFIX.length())
			.map((protocol) -> protocol.substring(PREFIX.length()))
			.findFirst();
	}
}
