package se.budkavle.records.web;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;

/** Who may use the records API, and for which units: the records role and admins, each where they hold it. */
final class RecordsAccess {

	private RecordsAccess() {
	}

	/**
	 * Where the viewer holds the records or the admin role.
	 * @throws RecordsForbidden when they hold neither anywhere
	 */
	static RoleScope scope(Viewer viewer) {
		RoleScope scope = viewer.scope(Role.RECORDS, Role.ADMIN);
		if (!scope.held()) {
			throw new RecordsForbidden("Only the records role (registrator, arkivarie) and administrators read records.");
		}
		return scope;
	}
}
