package se.budkavle.delivery.webpush;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * P-256 keys as Web Push writes them: public keys as 65-byte uncompressed points, private keys as 32 bytes, both
 * base64url without padding; built on the JDK's own EC support.
 */
final class P256 {

	static final ECParameterSpec CURVE = curve();

	private static final BigInteger P = new BigInteger(
			"ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);

	private static final BigInteger B = new BigInteger(
			"5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

	private P256() {
	}

	/**
	 * A public key from its uncompressed point, checked to lie on the curve.
	 * @throws IllegalArgumentException when the bytes are not a point of P-256
	 */
	static ECPublicKey publicKey(byte[] point) {
		if (point.length != 65 || point[0] != 4) {
			throw new IllegalArgumentException("not an uncompressed P-256 point (65 bytes starting with 4)");
		}
		BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
		BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
		if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0
				|| !y.pow(2).mod(P).equals(x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P))) {
			throw new IllegalArgumentException("not a point on P-256");
		}
		try {
			return (ECPublicKey) KeyFactory.getInstance("EC")
				.generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a P-256 public key", ex);
		}
	}

	static ECPrivateKey privateKey(byte[] scalar) {
		try {
			return (ECPrivateKey) KeyFactory.getInstance("EC")
				.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), CURVE));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a P-256 private key", ex);
		}
	}

	/** The key's uncompressed point: {@code 04 || x || y}, 65 bytes. */
	static byte[] encode(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 4;
		copy(key.getW().getAffineX(), point, 1);
		copy(key.getW().getAffineY(), point, 33);
		return point;
	}

	/** The private scalar as 32 bytes. */
	static byte[] encode(ECPrivateKey key) {
		byte[] scalar = new byte[32];
		copy(key.getS(), scalar, 0);
		return scalar;
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no P-256", ex);
		}
	}

	static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Decodes base64url, with or without padding.
	 * @throws IllegalArgumentException when it is not base64url
	 */
	static byte[] fromBase64Url(String text) {
		return Base64.getUrlDecoder().decode(text.strip().replace("=", ""));
	}

	private static void copy(BigInteger value, byte[] into, int offset) {
		byte[] bytes = value.toByteArray();
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
	}

	private static ECParameterSpec curve() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK has no P-256", ex);
		}
	}
}
