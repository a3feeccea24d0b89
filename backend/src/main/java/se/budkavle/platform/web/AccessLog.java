package se.budkavle.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;

import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.logging.AccessLogFactory;

/**
 * The access log, on with {@code budkavle.platform.access-log=true}: one line per request (logger
 * {@code reactor.netty.http.server.AccessLog}) with method, path, status, bytes, milliseconds and request id.
 */
@Component
@ConditionalOnBooleanProperty("budkavle.platform.access-log")
class AccessLog implements NettyServerCustomizer {

	private static final String FORMAT = "{} \"{} {} {}\" {} {} {}ms requestId={}";

	@Override
	public HttpServer apply(HttpServer server) {
		return server.accessLog(true, AccessLogFactory.createFilter((request) -> true,
				(request) -> reactor.netty.http.server.logging.AccessLog.create(FORMAT,
						request.connectionInformation().remoteAddress(),
						request.method(), request.uri(), request.protocol(), request.status(), request.contentLength(),
						request.duration(), request.responseHeader(RequestIds.HEADER))));
	}
}
