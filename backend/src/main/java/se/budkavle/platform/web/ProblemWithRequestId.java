package se.budkavle.platform.web;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A response that adds {@code "requestId"} to any problem details written through it, whoever wrote them (a module's
 * handler, the security chain, Spring itself), so every problem body names its request.
 */
final class ProblemWithRequestId extends ServerHttpResponseDecorator {

	private final String id;

	private final JsonMapper json;

	ProblemWithRequestId(ServerHttpResponse delegate, String id, JsonMapper json) {
		super(delegate);
		this.id = id;
		this.json = json;
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		MediaType type = getHeaders().getContentType();
		if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
			return super.writeWith(body);
		}
		return DataBufferUtils.join(body).flatMap((joined) -> {
			byte[] bytes = new byte[joined.readableByteCount()];
			joined.read(bytes);
			DataBufferUtils.release(joined);
			byte[] tagged = withRequestId(bytes);
			getHeaders().setContentLength(tagged.length);
			return super.writeWith(Mono.just(bufferFactory().wrap(tagged)));
		});
	}

	private byte[] withRequestId(byte[] problem) {
		JsonNode node = this.json.readTree(problem);
		if (!(node instanceof ObjectNode object)) {
			return problem;
		}
		object.put("requestId", this.id);
		return this.json.writeValueAsBytes(object);
	}
}
