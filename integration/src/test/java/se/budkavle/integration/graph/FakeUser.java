package se.budkavle.integration.graph;

/**
 * A user of the {@link FakeGraph}, with the properties the hub selects.
 */
public record FakeUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
		String department, String officeLocation, String employeeId, boolean accountEnabled, String managerId) {

	/** An enabled user with e-mail and sign-in name made from the id. */
	public static FakeUser of(String id, String displayName, String jobTitle, String department, String managerId) {
		String mail = id + "@demo.budkavle.se";
		return new FakeUser(id, displayName, mail, mail, jobTitle, department, null, null, true, managerId);
	}

	public FakeUser withManager(String manager) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, this.accountEnabled, manager);
	}

	public FakeUser withDepartment(String value) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle, value,
				this.officeLocation, this.employeeId, this.accountEnabled, this.managerId);
	}

	public FakeUser withTitle(String value) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, value, this.department,
				this.officeLocation, this.employeeId, this.accountEnabled, this.managerId);
	}

	public FakeUser disabled() {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, false, this.managerId);
	}
}
