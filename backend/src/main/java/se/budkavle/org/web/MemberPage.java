package se.budkavle.org.web;

import java.util.List;
import java.util.UUID;

/**
 * A page of a unit's members.
 *
 * @param items the members on this page
 * @param next the cursor for the next page ({@code ?after=}), or {@code null} on the last page
 */
record MemberPage(List<Member> items, String next) {

	/** An active member. */
	record Member(UUID id, String displayName, String jobTitle, String email) {
	}
}
