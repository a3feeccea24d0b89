package se.budkavle.delivery.webpush;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * The hub's application server key pair (VAPID, RFC 8292): browsers subscribe with its public key, and every push
 * request carries a short-lived ES256 token signed with its private key, so a push service accepts messages to those
 * subscriptions from this hub only.
 */
final class VapidKeys {

	/** How long one token is valid (RFC 8292 allows at most 24 hours). */
	static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

	private final KeyPair keys;

	private final String subject;

	VapidKeys(KeyPair keys, String subject) {
		this.keys = keys;
		this.subject = subject;
	}

	/** The key pair written as base64url (public: an uncompressed point; private: 32 bytes). */
	static VapidKeys of(String publicKey, String privateKey, String subject) {
		ECPublicKey pub = P256.publicKey(P256.fromBase64Url(publicKey));
		ECPrivateKey priv = P256.privateKey(P256.fromBase64Url(privateKey));
		return new VapidKeys(new KeyPair(pub, priv), subject);
	}

	/** The public key as browsers take it ({@code applicationServerKey}): base64url of the uncompressed point. */
	String publicKey() {
		return P256.base64Url(P256.encode((ECPublicKey) this.keys.getPublic()));
	}

	String privateKey() {
		return P256.base64Url(P256.encode((ECPrivateKey) this.keys.getPrivate()));
	}

	/**
	 * The {@code Authorization} header of a push request to the endpoint: {@code vapid t=<JWT>, k=<public key>}.
	 * @param endpoint the subscription's endpoint (the token's audience is its origin)
	 * @param now the time the token is made at
	 * @return the header's value
	 */
	String authorization(URI endpoint, Instant now) {
		String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
		String header = part("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
		String claims = part("{\"aud\":\"" + json(audience) + "\",\"exp\":" + now.plus(TOKEN_LIFETIME).getEpochSecond()
				+ ",\"sub\":\"" + json(this.subject) + "\"}");
		String signed = header + "." + claims;
		return "vapid t=" + signed + "." + P256.base64Url(sign(signed)) + ", k=" + publicKey();
	}

	/** Whether the public key is the private key's: a signature made with one verifies with the other. */
	boolean matching() {
		try {
			Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
			verify.initVerify(this.keys.getPublic());
			verify.update("check".getBytes(StandardCharsets.US_ASCII));
			return verify.verify(sign("check"));
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private byte[] sign(String text) {
		try {
			// JWS wants r || s (64 bytes), not DER: the JDK's P1363 format gives exactly that
			Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
			signature.initSign(this.keys.getPrivate());
			signature.update(text.getBytes(StandardCharsets.US_ASCII));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("VAPID signing failed", ex);
		}
	}

	private static String part(String json) {
		return P256.base64Url(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
