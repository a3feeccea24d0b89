package se.budkavle.crisis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for a 46elks-shaped SMS gateway, shared by the tests of one application context: it keeps every
 * text it accepted, and can be switched to refuse (503) or to answer too slowly.
 */
public final class FakeSmsGateway extends Dispatcher {

	/** The gateway of the hub tests' application context. */
	public static final FakeSmsGateway SHARED = new FakeSmsGateway().start();

	private final MockWebServer server = new MockWebServer();

	private final List<Text> accepted = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile boolean slow;

	private FakeSmsGateway start() {
		this.server.setDispatcher(this);
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** The send endpoint, for {@code budkavle.crisis.sms.url}. */
	public String url() {
		return this.server.url("/a1/sms").toString();
	}

	/** Refuses every text with 503 until {@link #back()}. */
	public FakeSmsGateway down() {
		this.status = 503;
		return this;
	}

	/** Answers only after half a minute until {@link #back()}. */
	public FakeSmsGateway slow() {
		this.slow = true;
		return this;
	}

	public FakeSmsGateway back() {
		this.status = 200;
		this.slow = false;
		return this;
	}

	/** The texts accepted whose message contains the words. */
	public List<Text> accepted(String words) {
		return this.accepted.stream().filter((text) -> text.message().contains(words)).toList();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		if (this.slow) {
			return new MockResponse.Builder().code(200).headersDelay(30, TimeUnit.SECONDS).build();
		}
		if (this.status != 200) {
			return new MockResponse.Builder().code(this.status).body("unavailable").build();
		}
		Map<String, String> form = form(request.getBody().utf8());
		this.accepted.add(new Text(form.get("from"), form.get("to"), form.get("message")));
		return new MockResponse.Builder().code(200).body("{\"status\":\"created\"}").build();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					URLDecoder.decode((parts.length > 1) ? parts[1] : "", StandardCharsets.UTF_8));
		}
		return form;
	}

	/** One accepted text. */
	public record Text(String from, String to, String message) {
	}
}
