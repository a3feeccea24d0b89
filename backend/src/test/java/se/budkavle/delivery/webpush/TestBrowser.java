package se.budkavle.delivery.webpush;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * A browser's side of one push subscription: its own P-256 key pair and auth secret, which only it holds, so it alone
 * can read what is pushed to it.
 */
public record TestBrowser(KeyPair keys, byte[] auth) {

	static TestBrowser create() {
		byte[] auth = new byte[16];
		new SecureRandom().nextBytes(auth);
		return new TestBrowser(P256.generate(), auth);
	}

	ECPublicKey publicKey() {
		return (ECPublicKey) this.keys.getPublic();
	}

	/** The subscription's {@code keys.p256dh}. */
	String p256dh() {
		return P256.base64Url(P256.encode(publicKey()));
	}

	/** The subscription's {@code keys.auth}. */
	String authSecret() {
		return P256.base64Url(this.auth);
	}

	byte[] decrypt(byte[] body) {
		return FakePushService.decrypt(body, P256.encode((ECPrivateKey) this.keys.getPrivate()),
				P256.encode(publicKey()), this.auth);
	}
}
