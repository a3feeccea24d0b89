package se.budkavle.platform.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Puts {@link OversizeRequests} into every HTTP/1.1 connection's pipeline, ahead of Reactor Netty's request handling.
 */
@Component
class OversizeRequestsCustomizer implements NettyServerCustomizer {

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remote) -> {
			if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
				channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, "budkavle.oversize",
						new OversizeRequests());
			}
		});
	}
}
