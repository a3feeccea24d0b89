package se.budkavle.integration.graph;

import java.util.Objects;

/**
 * How units are made from Entra users.
 *
 * @param source manager hierarchy or department path
 * @param separator the separator of a department path, such as {@code /}
 * @param unassignedName the name of the unit for people the source places nowhere (no manager and no reports, or
 * no path)
 */
public record UnitOptions(UnitSource source, String separator, String unassignedName) {

	public UnitOptions {
		Objects.requireNonNull(source, "source");
		if (separator == null || separator.isEmpty()) {
			separator = "/";
		}
		if (unassignedName == null || unassignedName.isBlank()) {
			unassignedName = "Utan enhet";
		}
	}
}
