package se.budkavle.news;

import se.budkavle.identity.Role;

/**
 * What the viewer may do with a post they can read, as the widgets show it; communicators, HR and admins count only
 * where their role holds for every unit the post targets, unless said otherwise.
 *
 * @param edit change its text and settings: the author, communicators and admins, until it is withdrawn
 * @param withdraw take it out of the feeds: also managers of the targeted units
 * @param viewRevisions see every earlier version: the author, communicators, HR and admins
 * @param viewAcknowledgements see who has confirmed: the author, managers of the targeted units, HR (for the part of
 * the audience in their scope) and admins
 * @param moderate hide comments: the author, managers of the targeted units, communicators and admins
 */
record Permissions(boolean edit, boolean withdraw, boolean viewRevisions, boolean viewAcknowledgements,
		boolean moderate) {

	static Permissions of(PostAccess access) {
		boolean open = access.status() != PostStatus.WITHDRAWN;
		boolean communicates = access.hasRole(Role.COMMUNICATOR) || access.hasRole(Role.ADMIN);
		boolean follows = access.author() || access.managesTarget() || access.hasRoleForAnyOf(Role.HR)
				|| access.hasRole(Role.ADMIN);
		return new Permissions(open && (access.author() || communicates),
				open && (access.author() || access.managesTarget() || communicates),
				access.author() || communicates || access.hasRole(Role.HR),
				access.acknowledgementRequired() && follows, access.author() || access.managesTarget() || communicates);
	}
}
