package se.budkavle.integration.graph;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A local stand-in for Microsoft Graph's HTTP API, answering in the JSON shapes of Graph's documentation: users delta
 * with paging, {@code manager@delta} and {@code @removed}, 410 resync, throttling with {@code Retry-After}, server
 * errors and sendMail. Tests and the benchmark change its users between syncs.
 */
public final class FakeGraph implements AutoCloseable {

	/** The bearer token the fake accepts. */
	public static final String TOKEN = "fake-graph-token";

	private final MockWebServer server = new MockWebServer();

	private final Map<String, FakeUser> users = new LinkedHashMap<>();

	// Change log: each delta token is a position in it.
	private final List<Change> log = new ArrayList<>();

	private final Set<Integer> expiredTokens = ConcurrentHashMap.newKeySet();

	private final Deque<MockResponse> injected = new ArrayDeque<>();

	private final Map<String, List<JsonObject>> pendingPages = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<JsonObject> sentMail = new CopyOnWriteArrayList<>();

	private final AtomicInteger pageCounter = new AtomicInteger();

	private volatile int pageSize = 100;

	private volatile boolean down;

	private volatile CountDownLatch lastPageHeld;

	public FakeGraph() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				FakeGraph.this.requests.add(request);
				return answer(request);
			}
		});
	}

	/** Starts the fake on a free local port. */
	public FakeGraph start() {
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** The root to configure as Graph's base URL (the SDK adds {@code /v1.0}). */
	public URI baseUrl() {
		String url = this.server.url("/").toString();
		return URI.create(url.substring(0, url.length() - 1));
	}

	/** A connection with the SDK to this fake. */
	public GraphConnection connection() {
		return GraphConnection.withToken(baseUrl(), () -> TOKEN);
	}

	public FakeGraph pageSize(int size) {
		this.pageSize = size;
		return this;
	}

	// ---- the directory --------------------------------------------------------------------------------------------

	/** Adds or replaces a user (logged as a change with its manager). */
	public synchronized FakeGraph put(FakeUser user) {
		FakeUser before = this.users.put(user.id(), user);
		boolean managerChanged = before == null || !java.util.Objects.equals(before.managerId(), user.managerId());
		this.log.add(new Change(user.id(), true, managerChanged, (before != null) ? before.managerId() : null));
		return this;
	}

	/** Changes only a user's manager (Graph then reports just {@code id} and {@code manager@delta}). */
	public synchronized FakeGraph changeManager(String id, String managerId) {
		FakeUser before = this.users.get(id);
		this.users.put(id, before.withManager(managerId));
		this.log.add(new Change(id, false, true, before.managerId()));
		return this;
	}

	/** Deletes a user (reported as {@code @removed}). */
	public synchronized FakeGraph remove(String id) {
		this.users.remove(id);
		this.log.add(new Change(id, false, false, null));
		return this;
	}

	public synchronized FakeUser user(String id) {
		return this.users.get(id);
	}

	/** The delta links handed out so far stop working: the next incremental delta answers 410 Gone. */
	public synchronized FakeGraph expireDeltaLinks() {
		for (int i = 0; i <= this.log.size(); i++) {
			this.expiredTokens.add(i);
		}
		return this;
	}

	// ---- failures -------------------------------------------------------------------------------------------------

	/** The next request answers 429 Too Many Requests with the given {@code Retry-After} seconds. */
	public FakeGraph throttleNext(int retryAfterSeconds) {
		return injectNext(error(429, "TooManyRequests", "Too many requests").newBuilder()
			.setHeader("Retry-After", String.valueOf(retryAfterSeconds))
			.build());
	}

	/** The next request answers 503 Service Unavailable with the given {@code Retry-After} seconds. */
	public FakeGraph unavailableNext(int retryAfterSeconds) {
		return injectNext(error(503, "serviceNotAvailable", "Service unavailable").newBuilder()
			.setHeader("Retry-After", String.valueOf(retryAfterSeconds))
			.build());
	}

	/** The next request answers with a server error. */
	public FakeGraph failNext(int status) {
		return injectNext(error(status, "generalException", "Something went wrong"));
	}

	/** Every request answers 500 until {@link #up()}: Graph is down. */
	public FakeGraph down() {
		this.down = true;
		return this;
	}

	public FakeGraph up() {
		this.down = false;
		return this;
	}

	/**
	 * The last page of the next deltas (the one with the delta link) is answered only after {@link #releaseLastPage()}
	 * (or after a minute): a test can look at what the hub did with the pages before it.
	 */
	public FakeGraph holdLastPage() {
		this.lastPageHeld = new CountDownLatch(1);
		return this;
	}

	/** Answers the held last page, and the last pages after it at once. */
	public FakeGraph releaseLastPage() {
		CountDownLatch held = this.lastPageHeld;
		this.lastPageHeld = null;
		if (held != null) {
			held.countDown();
		}
		return this;
	}

	private static void await(CountDownLatch held) {
		try {
			held.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private synchronized FakeGraph injectNext(MockResponse response) {
		this.injected.add(response);
		return this;
	}

	// ---- what was asked and sent --------------------------------------------------------------------------------

	public List<RecordedRequest> requests() {
		return Collections.unmodifiableList(this.requests);
	}

	public List<String> targets() {
		return this.requests.stream().map(FakeGraph::target).toList();
	}

	/** The sendMail bodies received (JSON), in order. */
	public List<JsonObject> sentMail() {
		return List.copyOf(this.sentMail);
	}

	/** Forgets every user, change, failure and request, as a new tenant. */
	public synchronized FakeGraph reset() {
		this.users.clear();
		this.log.clear();
		this.expiredTokens.clear();
		this.injected.clear();
		this.pendingPages.clear();
		this.requests.clear();
		this.sentMail.clear();
		this.down = false;
		releaseLastPage();
		return this;
	}

	public void clearRequests() {
		this.requests.clear();
	}

	@Override
	public void close() {
		this.server.close();
	}

	// ---- answering ------------------------------------------------------------------------------------------------

	private MockResponse answer(RecordedRequest request) {
		MockResponse injected = nextInjected();
		if (injected != null) {
			return injected;
		}
		if (this.down) {
			return error(500, "generalException", "Graph is down");
		}
		if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
			return error(401, "InvalidAuthenticationToken", "Access token is empty or invalid");
		}
		HttpUrl url = request.getUrl();
		List<String> path = url.pathSegments();
		if (path.size() == 3 && path.get(1).equals("users") && path.get(2).equals("delta()")
				|| path.size() == 3 && path.get(1).equals("users") && path.get(2).equals("delta")) {
			return delta(url);
		}
		if (path.size() == 4 && path.get(1).equals("users") && path.get(3).equals("sendMail")) {
			JsonObject body = JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
			// Action parameters are matched without regard to case (the SDK sends "Message", the docs "message").
			if (body.has("Message")) {
				body.add("message", body.remove("Message"));
			}
			if (!body.has("message")) {
				return error(400, "ErrorInvalidRequest", "The message parameter is missing");
			}
			body.addProperty("mailbox", path.get(2));
			this.sentMail.add(body);
			return new MockResponse.Builder().code(202).build();
		}
		return error(404, "Request_ResourceNotFound", "Resource not found");
	}

	private synchronized MockResponse nextInjected() {
		return this.injected.poll();
	}

	private MockResponse delta(HttpUrl url) {
		String skip = url.queryParameter("$skiptoken");
		if (skip != null) {
			return page(skip);
		}
		String token = url.queryParameter("$deltatoken");
		List<JsonObject> entries;
		int end;
		synchronized (this) {
			end = this.log.size();
			if (token == null) {
				entries = new ArrayList<>();
				this.users.values().forEach((user) -> entries.add(full(user, true, null)));
			}
			else {
				int since = Integer.parseInt(token);
				if (this.expiredTokens.contains(since)) {
					return error(410, "syncStateNotFound",
							"The delta token has expired or is invalid; do a full resync (resyncRequired)");
				}
				entries = changesSince(since);
			}
		}
		String id = "p" + this.pageCounter.incrementAndGet();
		this.pendingPages.put(id, entries);
		return pageOf(id, 0, end);
	}

	private MockResponse page(String skip) {
		String[] parts = skip.split("-");
		return pageOf(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

	private MockResponse pageOf(String id, int index, int end) {
		List<JsonObject> entries = this.pendingPages.get(id);
		int from = index * this.pageSize;
		int to = Math.min(entries.size(), from + this.pageSize);
		JsonObject page = new JsonObject();
		page.addProperty("@odata.context", this.server.url("/v1.0/$metadata#users") + "");
		JsonArray value = new JsonArray();
		entries.subList(from, to).forEach(value::add);
		if (to < entries.size()) {
			page.addProperty("@odata.nextLink",
					this.server.url("/v1.0/users/delta()?$skiptoken=" + id + "-" + (index + 1) + "-" + end) + "");
		}
		else {
			CountDownLatch held = this.lastPageHeld;
			if (held != null) {
				await(held);
			}
			this.pendingPages.remove(id);
			page.addProperty("@odata.deltaLink", this.server.url("/v1.0/users/delta()?$deltatoken=" + end) + "");
		}
		page.add("value", value);
		return json(200, page);
	}

	private List<JsonObject> changesSince(int since) {
		Map<String, boolean[]> changed = new LinkedHashMap<>();
		Map<String, String> managerBefore = new LinkedHashMap<>();
		for (Change change : this.log.subList(since, this.log.size())) {
			boolean[] kinds = changed.computeIfAbsent(change.id(), (id) -> new boolean[2]);
			kinds[0] |= change.properties();
			kinds[1] |= change.manager();
			managerBefore.putIfAbsent(change.id(), change.managerBefore());
		}
		List<JsonObject> entries = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		changed.forEach((id, kinds) -> {
			FakeUser user = this.users.get(id);
			seen.add(id);
			if (user == null) {
				JsonObject removed = new JsonObject();
				removed.addProperty("id", id);
				JsonObject reason = new JsonObject();
				reason.addProperty("reason", "deleted");
				removed.add("@removed", reason);
				entries.add(removed);
			}
			else if (kinds[0]) {
				entries.add(full(user, kinds[1], managerBefore.get(id)));
			}
			else {
				JsonObject managerOnly = new JsonObject();
				managerOnly.addProperty("id", id);
				managerOnly.add("manager@delta", managerDelta(user.managerId(), managerBefore.get(id)));
				entries.add(managerOnly);
			}
		});
		return entries;
	}

	private static JsonObject full(FakeUser user, boolean withManager, String managerBefore) {
		JsonObject json = new JsonObject();
		json.addProperty("displayName", user.displayName());
		json.addProperty("mail", user.mail());
		json.addProperty("userPrincipalName", user.userPrincipalName());
		json.addProperty("jobTitle", user.jobTitle());
		json.addProperty("department", user.department());
		json.addProperty("officeLocation", user.officeLocation());
		json.addProperty("employeeId", user.employeeId());
		json.addProperty("accountEnabled", user.accountEnabled());
		json.addProperty("mobilePhone", user.mobilePhone());
		JsonArray businessPhones = new JsonArray();
		user.businessPhones().forEach(businessPhones::add);
		json.add("businessPhones", businessPhones);
		json.addProperty("id", user.id());
		if (withManager && (user.managerId() != null || managerBefore != null)) {
			json.add("manager@delta", managerDelta(user.managerId(), managerBefore));
		}
		return json;
	}

	private static JsonArray managerDelta(String manager, String before) {
		JsonArray array = new JsonArray();
		if (manager != null) {
			JsonObject entry = new JsonObject();
			entry.addProperty("@odata.type", "#microsoft.graph.user");
			entry.addProperty("id", manager);
			array.add(entry);
		}
		else if (before != null) {
			JsonObject entry = new JsonObject();
			entry.addProperty("@odata.type", "#microsoft.graph.user");
			entry.addProperty("id", before);
			JsonObject reason = new JsonObject();
			reason.addProperty("reason", "deleted");
			entry.add("@removed", reason);
			array.add(entry);
		}
		return array;
	}

	private static MockResponse json(int status, JsonObject body) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8")
			.body(body.toString())
			.build();
	}

	static MockResponse error(int status, String code, String message) {
		JsonObject error = new JsonObject();
		error.addProperty("code", code);
		error.addProperty("message", message);
		JsonObject body = new JsonObject();
		body.add("error", error);
		return json(status, body);
	}

	private static String target(RecordedRequest request) {
		return request.getMethod() + " " + request.getUrl().encodedPath()
				+ ((request.getUrl().encodedQuery() != null) ? "?" + request.getUrl().query() : "");
	}

	private record Change(String id, boolean properties, boolean manager, String managerBefore) {
	}
}
