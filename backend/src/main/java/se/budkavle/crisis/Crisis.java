package se.budkavle.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

/**
 * One crisis as stored, with what the rules about it need: who sent it and which subtrees it went to.
 *
 * @param id the crisis
 * @param title its title
 * @param severity how serious
 * @param confirmation what it asks
 * @param exercise whether it is an exercise (”ÖVNING”)
 * @param senderId who sent it
 * @param sentAt when
 * @param allClearAt when the all-clear was given, or {@code null} while it is active
 * @param targets the units whose subtrees it went to
 */
record Crisis(UUID id, String title, Severity severity, ConfirmationKind confirmation, boolean exercise,
		UUID senderId, Instant sentAt, Instant allClearAt, List<UUID> targets) {

	Crisis {
		targets = List.copyOf(targets);
	}

	boolean active() {
		return this.allClearAt == null;
	}

	/** Whether the viewer may send to all these units: the crisis role, communicators or admins there. */
	static boolean maySend(Viewer viewer, List<UUID> units) {
		return viewer.scope(Role.CRISIS, Role.COMMUNICATOR, Role.ADMIN).coversAll(units);
	}

	/** Whether the viewer may update it, give the all-clear and see its counts: the sender or those who may send. */
	boolean mayRun(Viewer viewer) {
		return viewer.personId().equals(this.senderId) || maySend(viewer, this.targets);
	}

	/** Whether the viewer follows the whole crisis person by person (roll call with names, the log). */
	boolean followsEveryone(Viewer viewer) {
		return viewer.scope(Role.CRISIS).coversAll(this.targets) || viewer.hasRole(Role.ADMIN);
	}
}
