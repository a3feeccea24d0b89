package se.budkavle.demo;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A request for a demo token.
 *
 * @param personId the person to sign in as
 */
record TokenRequest(@NotNull UUID personId) {
}
