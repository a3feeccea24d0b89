package se.budkavle.records.archive;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-archive submission packages ({@code budkavle.records.archive}, part of
 * {@link se.budkavle.records.RecordsProperties}): who delivers them and how large one may be.
 *
 * @param organisationName the archive creator (arkivbildare) named in the package's METS, PREMIS and EAD
 * @param organisationNumber the archive creator's organisation number (organisationsnummer)
 * @param maxRecords the most records (posts and questions) one package holds; a larger period is refused
 * @param maxPeriod the longest period one package covers
 */
public record ArchiveProperties(@DefaultValue("Stadsdelsförvaltningen (demo)") String organisationName,
		@DefaultValue("212000-0000") String organisationNumber, @DefaultValue("2000") int maxRecords,
		@DefaultValue("3660d") Duration maxPeriod) {
}
