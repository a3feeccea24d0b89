package se.budkavle.m365;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ServerSocketFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A local stand-in for Teams Workflows webhooks ("Post to a channel when a webhook request is received"): each
 * workflow has a signed URL shaped like Power Automate's, a signed POST is recorded and answered 202 like the flow
 * does; it can answer 503 or refuse connections (Microsoft 365 down) until it is back.
 */
public final class FakeTeamsWorkflows implements AutoCloseable {

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile MockWebServer server;

	private volatile int port;

	private volatile boolean unavailable;

	/** Starts the fake on a free local port. */
	public FakeTeamsWorkflows start() {
		listen(0);
		this.port = this.server.getPort();
		return this;
	}

	/**
	 * The webhook URL of a workflow (one per Teams channel), secret signature included.
	 * @param workflow the workflow's name
	 * @return the URL to configure as a unit's {@code webhook-url}
	 */
	public String webhookUrl(String workflow) {
		return "http://127.0.0.1:" + this.port + "/workflows/" + workflow
				+ "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="
				+ signature(workflow);
	}

	/** Every webhook answers 503 Service Unavailable until {@link #back()}. */
	public FakeTeamsWorkflows unavailable() {
		this.unavailable = true;
		return this;
	}

	/** Nothing listens on the webhooks' port: connections are refused until {@link #back()}. */
	public synchronized FakeTeamsWorkflows unreachable() {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
		return this;
	}

	/** The webhooks take cards again, on the same URLs. */
	public synchronized FakeTeamsWorkflows back() {
		this.unavailable = false;
		if (this.server == null) {
			listen(this.port);
		}
		return this;
	}

	/** The cards taken (answered 202), in order. */
	public List<Post> posts() {
		return List.copyOf(this.posts);
	}

	/** Every request that reached the fake, as {@code METHOD /workflows/<name>}, whatever the answer. */
	public List<String> requests() {
		return Collections.unmodifiableList(this.requests);
	}

	/** Forgets what was posted and comes back. */
	public FakeTeamsWorkflows reset() {
		back();
		this.posts.clear();
		this.requests.clear();
		return this;
	}

	@Override
	public synchronized void close() {
		unreachable();
	}

	private void listen(int port) {
		MockWebServer server = new MockWebServer();
		server.setServerSocketFactory(new ReusableAddresses());
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return answer(request);
			}
		});
		try {
			server.start(InetAddress.getLoopbackAddress(), port);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server = server;
	}

	private MockResponse answer(RecordedRequest request) {
		HttpUrl url = request.getUrl();
		List<String> path = url.pathSegments();
		this.requests.add(request.getMethod() + " /" + String.join("/", path.subList(0, Math.min(2, path.size()))));
		if (this.unavailable) {
			return status(503);
		}
		if (!"POST".equals(request.getMethod()) || path.size() != 6 || !path.get(0).equals("workflows")) {
			return status(404);
		}
		String workflow = path.get(1);
		if (!signature(workflow).equals(url.queryParameter("sig"))) {
			return status(401);
		}
		JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
		this.posts.add(new Post(workflow, body, request.getHeaders().get("Content-Type")));
		return status(202);
	}

	private static String signature(String workflow) {
		return "sig-" + Integer.toHexString(workflow.hashCode());
	}

	private static MockResponse status(int code) {
		return new MockResponse.Builder().code(code).build();
	}

	/**
	 * Server sockets that may listen again on the port just closed while its old connections linger (MockWebServer
	 * turns {@code SO_REUSEADDR} off), so the webhooks come back on the same URLs.
	 */
	private static final class ReusableAddresses extends ServerSocketFactory {

		@Override
		public ServerSocket createServerSocket() throws IOException {
			return new ServerSocket() {
				@Override
				public void setReuseAddress(boolean on) throws SocketException {
					super.setReuseAddress(true);
				}
			};
		}

		@Override
		public ServerSocket createServerSocket(int port) throws IOException {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog) throws IOException {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
			throw new UnsupportedOperationException();
		}
	}

	/**
	 * A card posted to a workflow.
	 *
	 * @param workflow the workflow (channel) it went to
	 * @param body the request body
	 * @param contentType the request's content type
	 */
	public record Post(String workflow, JsonObject body, String contentType) {

		/** The Adaptive Card inside the message. */
		public JsonObject card() {
			return this.body.getAsJsonArray("attachments").get(0).getAsJsonObject().getAsJsonObject("content");
		}
	}
}
