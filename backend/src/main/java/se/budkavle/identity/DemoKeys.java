package se.budkavle.identity;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The demo issuer's signing key pair, made fresh at every start so no demo token outlives the process.
 *
 * @param publicKey checks demo tokens
 * @param privateKey signs demo tokens
 */
record DemoKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey) {

	/** The {@code iss} of tokens the hub issues itself. */
	static final String ISSUER = "budkavle-demo";

	static DemoKeys generate() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return new DemoKeys((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available in this Java runtime", ex);
		}
	}
}
