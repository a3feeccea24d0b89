package se.budkavle.identity;

/**
 * Roles given by the identity provider or the role table, each for the whole organisation or for a unit's subtree (see
 * {@link RoleScope}); manager rights are not roles, they come from the org model.
 */
public enum Role {

	/** Kommunikatör: publishes across the organisation and runs cascades and crisis messages. */
	COMMUNICATOR,

	/** HR: follows reach and acknowledgements across the organisation. */
	HR,

	/** Administratör: connects the directory and configures the hub. */
	ADMIN,

	/** Krisledning: sends crisis messages, follows the roll call with names and gives the all-clear. */
	CRISIS,
	/** Registrator or arkivarie: reads the audit trail, answers requests for official records, makes register extracts. */
	RECORDS;

	/** The realm role name as Keycloak spells it. */
	public String realmRole() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
