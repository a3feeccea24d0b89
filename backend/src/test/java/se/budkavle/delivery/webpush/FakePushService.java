package se.budkavle.delivery.webpush;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local push service: it takes the hub's push requests as a real one would (RFC 8030), accepts only those whose
 * VAPID token (RFC 8292) is signed by the hub's application server key and meant for this origin, decrypts each
 * message with the test browser's private key (the receiving side of RFC 8291, written apart from the hub's sending
 * side), and keeps what the browser would have got. It can be switched to refuse everything (503) or to answer 410 Gone
 * for one subscription.
 */
public final class FakePushService extends Dispatcher {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MockWebServer server = new MockWebServer();

	private final Map<String, TestBrowser> browsers = new ConcurrentHashMap<>();

	private final Map<String, Integer> gone = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private final String applicationServerKey;

	private volatile int status = 201;

	FakePushService(String applicationServerKey) {
		this.applicationServerKey = applicationServerKey;
		this.server.setDispatcher(this);
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new subscription's endpoint on this service, for the browser. */
	String subscribe(String name, TestBrowser browser) {
		this.browsers.put("/push/" + name, browser);
		return this.server.url("/push/" + name).toString();
	}

	/** Answers 410 Gone for the subscription from now on (the browser dropped it). */
	void unsubscribedByTheBrowser(String name) {
		this.gone.put("/push/" + name, 410);
	}

	void down() {
		this.status = 503;
	}

	void back() {
		this.status = 201;
	}

	/** The messages the subscription's browser got, decrypted. */
	List<Received> receivedBy(String name) {
		return this.received.stream().filter((message) -> message.path().equals("/push/" + name)).toList();
	}

	/** Requests refused for a bad token or encryption (always empty when the hub does it right). */
	List<String> refused() {
		return this.refused;
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		if (this.gone.containsKey(path)) {
			return new MockResponse.Builder().code(this.gone.get(path)).build();
		}
		if (this.status != 201) {
			return new MockResponse.Builder().code(this.status).build();
		}
		try {
			String problem = check(request);
			if (problem != null) {
				this.refused.add(path + ": " + problem);
				return new MockResponse.Builder().code(problem.startsWith("unknown") ? 404 : 403).body(problem).build();
			}
			byte[] message = this.browsers.get(path).decrypt(request.getBody().toByteArray());
			this.received.add(new Received(path, request.getHeaders().get("Urgency"), request.getHeaders().get("TTL"),
					json.readTree(new String(message, StandardCharsets.UTF_8))));
			return new MockResponse.Builder().code(201).build();
		}
		catch (RuntimeException ex) {
			this.refused.add(path + ": " + ex);
			return new MockResponse.Builder().code(400).body(String.valueOf(ex)).build();
		}
	}

	/** What a push service checks before it takes a message; the reason it refuses, or {@code null}. */
	private String check(RecordedRequest request) {
		if (!this.browsers.containsKey(request.getUrl().encodedPath())) {
			return "unknown subscription";
		}
		if (!"aes128gcm".equals(request.getHeaders().get("Content-Encoding")) || request.getHeaders().get("TTL") == null) {
			return "no aes128gcm content coding or TTL";
		}
		String authorization = String.valueOf(request.getHeaders().get("Authorization"));
		if (!authorization.startsWith("vapid t=") || !authorization.contains(", k=")) {
			return "no VAPID authorization";
		}
		String token = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
		String key = authorization.substring(authorization.indexOf(", k=") + 4);
		if (!key.equals(this.applicationServerKey)) {
			return "not the application server key the subscription was made with";
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || !verifies(parts, key)) {
			return "the VAPID signature does not verify";
		}
		JsonNode claims = json.readTree(P256.fromBase64Url(parts[1]));
		String origin = "http://" + request.getUrl().host() + ":" + request.getUrl().port();
		if (!origin.equals(claims.get("aud").stringValue())
				|| claims.get("exp").longValue() <= Instant.now().getEpochSecond()
				|| claims.get("exp").longValue() > Instant.now().plusSeconds(86400).getEpochSecond()
				|| !claims.get("sub").stringValue().startsWith("mailto:")) {
			return "the VAPID claims are wrong: " + claims;
		}
		return null;
	}

	private static boolean verifies(String[] parts, String key) {
		try {
			Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
			signature.initVerify(P256.publicKey(P256.fromBase64Url(key)));
			signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			return json.readTree(P256.fromBase64Url(parts[0])).get("alg").stringValue().equals("ES256")
					&& signature.verify(P256.fromBase64Url(parts[2]));
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/**
	 * The browser's side of RFC 8291: reads the aes128gcm header (salt, record size, the sender's key), derives the
	 * same key and nonce from the browser's private key and auth secret, opens the record and drops its delimiter.
	 */
	static byte[] decrypt(byte[] body, byte[] browserPrivate, byte[] browserPublic, byte[] auth) {
		try {
			ByteBuffer buffer = ByteBuffer.wrap(body);
			byte[] salt = new byte[16];
			buffer.get(salt);
			buffer.getInt();
			byte[] senderKey = new byte[buffer.get()];
			buffer.get(senderKey);
			byte[] sealed = new byte[buffer.remaining()];
			buffer.get(sealed);
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(P256.privateKey(browserPrivate));
			agreement.doPhase(P256.publicKey(senderKey), true);
			byte[] prkKey = PushEncryption.hmac(auth, agreement.generateSecret());
			byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserPublic, senderKey,
					new byte[] { 1 });
			byte[] prk = PushEncryption.hmac(salt, PushEncryption.hmac(prkKey, keyInfo));
			byte[] cek = Arrays.copyOf(PushEncryption.hmac(prk,
					concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1 })), 16);
			byte[] nonce = Arrays.copyOf(PushEncryption.hmac(prk,
					concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] { 1 })), 12);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
			byte[] padded = cipher.doFinal(sealed);
			int end = padded.length - 1;
			while (end >= 0 && padded[end] == 0) {
				end--;
			}
			if (end < 0 || padded[end] != 2) {
				throw new IllegalArgumentException("no last-record delimiter");
			}
			return Arrays.copyOf(padded, end);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("cannot decrypt: " + ex, ex);
		}
	}

	private static byte[] concat(byte[]... parts) {
		ByteBuffer buffer = ByteBuffer.allocate(Arrays.stream(parts).mapToInt((part) -> part.length).sum());
		Arrays.stream(parts).forEach(buffer::put);
		return buffer.array();
	}

	/** One message a browser got: the subscription's path, the Urgency and TTL headers, and the decrypted JSON. */
	record Received(String path, String urgency, String ttl, JsonNode payload) {
	}
}
