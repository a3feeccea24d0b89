package se.budkavle.platform.web;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers a request line or headers too long for the server (414, 431) with a problem body: Reactor Netty's own
 * answer has none. Sits between the HTTP codec and Reactor Netty's request handling, one per connection.
 */
class OversizeRequests extends ChannelInboundHandlerAdapter {

	private boolean refused;

	@Override
	public void channelRead(ChannelHandlerContext context, Object message) {
		if (this.refused && message instanceof HttpObject) {
			ReferenceCountUtil.release(message);
			return;
		}
		HttpResponseStatus status = (message instanceof HttpRequest request && request.decoderResult().isFailure())
				? statusFor(request.decoderResult().cause()) : null;
		if (status == null) {
			context.fireChannelRead(message);
			return;
		}
		this.refused = true;
		ReferenceCountUtil.release(message);
		// Half-close and go on reading: closing with the rest of the request unread would reset the connection before
		// the client has read the answer. The codec discards everything after a failed message; the client closes.
		context.writeAndFlush(response(status)).addListener((ChannelFutureListener) (written) -> {
			if (written.channel() instanceof DuplexChannel duplex) {
				duplex.shutdownOutput();
			}
			else {
				written.channel().close();
			}
		});
	}

	private static HttpResponseStatus statusFor(Throwable cause) {
		if (cause instanceof TooLongHttpLineException) {
			return HttpResponseStatus.REQUEST_URI_TOO_LONG;
		}
		if (cause instanceof TooLongHttpHeaderException) {
			return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
		}
		return null;
	}

	private static FullHttpResponse response(HttpResponseStatus status) {
		boolean uri = status.equals(HttpResponseStatus.REQUEST_URI_TOO_LONG);
		String json = BodilessRefusals.problem(status.code(), uri ? "uri-too-long" : "headers-too-large",
				status.reasonPhrase(), uri ? "The request line is longer than the hub accepts."
						: "The request headers are larger than the hub accepts.");
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
				Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		return response;
	}
}
