package se.budkavle.delivery.webpush;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFC 8291 encryption against the RFC's own test vector (Appendix A), and against the receiving side the fake push
 * service uses.
 */
class PushEncryptionTests {

	// RFC 8291, Appendix A
	private static final String PLAINTEXT = "V2hlbiBJIGdyb3cgdXAsIEkgd2FudCB0byBiZSBhIHdhdGVybWVsb24";

	private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";

	private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";

	private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";

	private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";

	private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";

	private static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";

	private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vC"
			+ "YLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

	@Test
	void encryptsTheTestVectorOfRfc8291ToTheRfcsBody() {
		KeyPair sender = new KeyPair(P256.publicKey(P256.fromBase64Url(AS_PUBLIC)),
				P256.privateKey(P256.fromBase64Url(AS_PRIVATE)));
		byte[] body = PushEncryption.encrypt(P256.fromBase64Url(PLAINTEXT), P256.publicKey(P256.fromBase64Url(UA_PUBLIC)),
				P256.fromBase64Url(AUTH_SECRET), sender, P256.fromBase64Url(SALT));
		assertThat(P256.base64Url(body)).isEqualTo(BODY);
	}

	@Test
	void theReceiverSideDecryptsTheRfcsBodyToItsPlaintext() {
		byte[] message = FakePushService.decrypt(P256.fromBase64Url(BODY), P256.fromBase64Url(UA_PRIVATE),
				P256.fromBase64Url(UA_PUBLIC), P256.fromBase64Url(AUTH_SECRET));
		assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo("When I grow up, I want to be a watermelon");
	}

	@Test
	void aFreshlyEncryptedMessageDecryptsForItsBrowserOnly() {
		TestBrowser browser = TestBrowser.create();
		byte[] body = PushEncryption.encrypt("Hej".getBytes(StandardCharsets.UTF_8), browser.publicKey(),
				browser.auth());
		assertThat(new String(browser.decrypt(body), StandardCharsets.UTF_8)).isEqualTo("Hej");
		assertThat(body).isNotEqualTo(PushEncryption.encrypt("Hej".getBytes(StandardCharsets.UTF_8),
				browser.publicKey(), browser.auth()));
	}

	@Test
	void aPointOffTheCurveIsNotAKey() {
		byte[] point = P256.fromBase64Url(UA_PUBLIC);
		point[64] ^= 1;
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> P256.publicKey(point));
	}
}
