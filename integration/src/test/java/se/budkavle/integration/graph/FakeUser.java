package se.budkavle.integration.graph;

import java.util.List;

/**
 * A user of the {@link FakeGraph}, with the properties the hub selects.
 */
public record FakeUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
		String department, String officeLocation, String employeeId, boolean accountEnabled, String managerId,
		String mobilePhone, List<String> businessPhones) {

	public FakeUser {
		businessPhones = (businessPhones != null) ? List.copyOf(businessPhones) : List.of();
	}

	public FakeUser(String id, String displayName, String mail, String userPrincipalName, String jobTitle,
			String department, String officeLocation, String employeeId, boolean accountEnabled, String managerId) {
		this(id, displayName, mail, userPrincipalName, jobTitle, department, officeLocation, employeeId,
				accountEnabled, managerId, null, List.of());
	}

	/** An enabled user with e-mail and sign-in name made from the id. */
	public static FakeUser of(String id, String displayName, String jobTitle, String department, String managerId) {
		String mail = id + "@demo.budkavle.se";
		return new FakeUser(id, displayName, mail, mail, jobTitle, department, null, null, true, managerId);
	}

	public FakeUser withManager(String manager) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, this.accountEnabled, manager, this.mobilePhone, this.businessPhones);
	}

	public FakeUser withDepartment(String value) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle, value,
				this.officeLocation, this.employeeId, this.accountEnabled, this.managerId, this.mobilePhone,
				this.businessPhones);
	}

	public FakeUser withTitle(String value) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, value, this.department,
				this.officeLocation, this.employeeId, this.accountEnabled, this.managerId, this.mobilePhone,
				this.businessPhones);
	}

	public FakeUser disabled() {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, false, this.managerId, this.mobilePhone,
				this.businessPhones);
	}

	/** The user with a mobile number and business numbers, as Graph's {@code mobilePhone} and {@code businessPhones}. */
	public FakeUser withPhones(String mobile, String... business) {
		return new FakeUser(this.id, this.displayName, this.mail, this.userPrincipalName, this.jobTitle,
				this.department, this.officeLocation, this.employeeId, this.accountEnabled, this.managerId, mobile,
				List.of(business));
	}
}
