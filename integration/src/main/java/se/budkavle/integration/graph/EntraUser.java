package se.budkavle.integration.graph;

import java.util.Objects;

/**
 * A user as Entra ID describes them, reduced to what the hub uses.
 *
 * @param id the Entra object id (stable; the person's external id in the hub)
 * @param displayName the display name
 * @param mail the primary SMTP address, or {@code null}
 * @param userPrincipalName the sign-in name
 * @param jobTitle the job title, or {@code null}
 * @param department the department, or {@code null}
 * @param officeLocation the office, or {@code null}
 * @param employeeId the employee number, or {@code null}
 * @param accountEnabled whether the account may sign in; {@code null} when not known
 * @param managerId the manager's object id, or {@code null} for none
 * @param path the value of the configured department-path attribute, or {@code null}
 * @param phone {@code mobilePhone}, else the first of {@code businessPhones}, as Entra holds it, or {@code null}
 */
public record EntraUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
		String department, String officeLocation, String employeeId, Boolean accountEnabled, String managerId,
		String path, String phone) {

	public EntraUser {
		Objects.requireNonNull(id, "id");
	}

	/** A user without a phone number. */
	public EntraUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
			String department, String officeLocation, String employeeId, Boolean accountEnabled, String managerId,
			String path) {
		this(id, displayName, mail, userPrincipalName, jobTitle, department, officeLocation, employeeId,
				accountEnabled, managerId, path, null);
	}

	/**
	 * Whether the user counts as a member of the organisation.
	 * @return false only for a disabled account
	 */
	public boolean active() {
		return !Boolean.FALSE.equals(this.accountEnabled);
	}

	EntraUser withManager(String manager) {
		return new EntraUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, this.accountEnabled, manager, this.path, this.phone);
	}
}
