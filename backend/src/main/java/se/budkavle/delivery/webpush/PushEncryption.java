package se.budkavle.delivery.webpush;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for Web Push (RFC 8291) in the {@code aes128gcm} content coding (RFC 8188): an ECDH secret with
 * the browser's key, mixed with its auth secret and a fresh salt by HKDF-SHA-256, seals the message in one AES-128-GCM
 * record whose header carries the salt and the sender's public key, so only that browser can read it.
 */
final class PushEncryption {

	/** The record size written in the header; one record holds the whole message (push services take 4,096 bytes). */
	static final int RECORD_SIZE = 4096;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PushEncryption() {
	}

	/** Encrypts with a fresh sender key pair and salt, as every message must be. */
	static byte[] encrypt(byte[] message, ECPublicKey browserKey, byte[] authSecret) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return encrypt(message, browserKey, authSecret, P256.generate(), salt);
	}

	/** Encrypts with the given sender key pair and salt (RFC 8291 Appendix A gives both for its test vector). */
	static byte[] encrypt(byte[] message, ECPublicKey browserKey, byte[] authSecret, KeyPair sender, byte[] salt) {
		try {
			byte[] senderPoint = P256.encode((ECPublicKey) sender.getPublic());
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(sender.getPrivate());
			agreement.doPhase(browserKey, true);
			byte[] ikm = inputKey(agreement.generateSecret(), authSecret, P256.encode(browserKey), senderPoint);
			byte[] prk = hmac(salt, ikm);
			byte[] key = Arrays.copyOf(hmac(prk, info("Content-Encoding: aes128gcm")), 16);
			byte[] nonce = Arrays.copyOf(hmac(prk, info("Content-Encoding: nonce")), 12);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			byte[] padded = Arrays.copyOf(message, message.length + 1);
			padded[message.length] = 2; // the last (and only) record's delimiter, no padding
			byte[] sealed = cipher.doFinal(padded);
			return ByteBuffer.allocate(16 + 4 + 1 + senderPoint.length + sealed.length)
				.put(salt)
				.putInt(RECORD_SIZE)
				.put((byte) senderPoint.length)
				.put(senderPoint)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Web Push encryption failed", ex);
		}
	}

	/** RFC 8291 section 3.3: IKM = HKDF(auth secret, ECDH secret, "WebPush: info" 0 ua_public as_public, 32). */
	private static byte[] inputKey(byte[] ecdhSecret, byte[] authSecret, byte[] browserPoint, byte[] senderPoint)
			throws GeneralSecurityException {
		byte[] label = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
		byte[] info = ByteBuffer.allocate(label.length + browserPoint.length + senderPoint.length + 1)
			.put(label)
			.put(browserPoint)
			.put(senderPoint)
			.put((byte) 1)
			.array();
		return hmac(hmac(authSecret, ecdhSecret), info);
	}

	/** An HKDF-Expand info for one output block: the label, a zero byte and the block counter 1. */
	private static byte[] info(String label) {
		byte[] text = label.getBytes(StandardCharsets.US_ASCII);
		byte[] info = Arrays.copyOf(text, text.length + 2);
		info[text.length + 1] = 1;
		return info;
	}

	static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}
}
