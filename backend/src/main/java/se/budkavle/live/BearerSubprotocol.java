package se.budkavle.live;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Maps {@code /api/v1/live} and accepts a token offered as the subprotocol {@code bearer.<token>}: a browser must see
 * the protocol it offered echoed back, and a token cannot be listed in advance, so the offered one is selected.
 */
@Configuration(proxyBeanMethods = false)
class BearerSubprotocol implements WebFluxConfigurer {

	static final String PREFIX = "bearer.";

	@Bean
	HandlerMapping liveHandlerMapping(LiveSocket socket) {
		return new SimpleUrlHandlerMapping(Map.of(LiveSocket.PATH, socket), -1);
	}

	@Override
	public WebSocketService getWebSocketService() {
		HandshakeWebSocketService handshake = new HandshakeWebSocketService();
		return (exchange, handler) -> handshake.handleRequest(exchange, offering(exchange, handler));
	}

	private static WebSocketHandler offering(ServerWebExchange exchange, WebSocketHandler handler) {
		List<String> offered = exchange.getRequest().getHeaders().getOrEmpty("Sec-WebSocket-Protocol");
		return offered.stream()
			.flatMap((header) -> Arrays.stream(header.split(",")))
			.map(String::trim)
			.filter((protocol) -> protocol.startsWith(PREFIX) && protocol.length() > PREFIX.length())
			.findFirst()
			.<WebSocketHandler>map((protocol) -> new WebSocketHandler() {

				@Override
				public List<String> getSubProtocols() {
					return List.of(protocol);
				}

				@Override
				public Mono<Void> handle(WebSocketSession session) {
					return handler.handle(session);
				}
			})
			.orElse(handler);
	}
}
