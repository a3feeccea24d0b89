package se.budkavle.identity;

/**
 * A bearer token the hub issued for a demo persona.
 *
 * @param accessToken the signed JWT
 * @param expiresIn seconds until it expires
 */
public record DemoToken(String accessToken, long expiresIn) {
}
