package se.budkavle.records.archive;

import java.util.List;

/**
 * The package's PREMIS 3 preservation metadata: one object per data file with its SHA-256 fixity, size and format
 * (PRONOM), the creation event of each record in Budkavle and the package's migration event (the records converted
 * to PDF/A-2b and JSON), and the agents: the archive creator and the software.
 */
final class Premis {

	private static final String PDF_A_2B = "fmt/477";

	private static final String JSON = "fmt/817";

	private Premis() {
	}

	static String of(Submission submission, List<SipEntry> entries, List<ArchivedFile> data) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xsi:schemaLocation="http://www.loc.gov/premis/v3 https://www.loc.gov/standards/premis/premis.xsd" version="3.0">
				""");
		for (int i = 0; i < data.size(); i++) {
			object(xml, data.get(i), "creation-" + (i / 2));
		}
		for (int i = 0; i < entries.size(); i++) {
			SipEntry entry = entries.get(i);
			event(xml, "creation-" + i, "creation", entry.at().toString(),
					"The " + entry.type() + " " + entry.id() + " was written in Budkavle; every later version, "
							+ "moderation and deletion is in its JSON with who, when and why.",
					"budkavle", List.of(data.get(2 * i).path(), data.get(2 * i + 1).path()));
		}
		event(xml, "migration", "migration", submission.createdAt().toString(),
				"Budkavle " + submission.systemVersion() + " exported the records from its database as JSON (every "
						+ "version with who/when/why) and rendered each as PDF/A-2b for reading.",
				"budkavle", data.stream().map(ArchivedFile::path).toList());
		agent(xml, "archive-creator", submission.organisationName(), "organization",
				"Organisation number " + submission.organisationNumber());
		agent(xml, "budkavle", "Budkavle " + submission.systemVersion(), "software", null);
		xml.append("</premis:premis>\n");
		return xml.toString();
	}

	private static void object(StringBuilder xml, ArchivedFile file, String creationEvent) {
		boolean pdf = file.mimeType().equals("application/pdf");
		xml.append("""
				  <premis:object xsi:type="premis:file">
				    <premis:objectIdentifier>
				      <premis:objectIdentifierType>local</premis:objectIdentifierType>
				      <premis:objectIdentifierValue>%1$s</premis:objectIdentifierValue>
				    </premis:objectIdentifier>
				    <premis:objectCharacteristics>
				      <premis:compositionLevel>0</premis:compositionLevel>
				      <premis:fixity>
				        <premis:messageDigestAlgorithm>SHA-256</premis:messageDigestAlgorithm>
				        <premis:messageDigest>%2$s</premis:messageDigest>
				      </premis:fixity>
				      <premis:size>%3$d</premis:size>
				      <premis:format>
				        <premis:formatDesignation>
				          <premis:formatName>%4$s</premis:formatName>
				        </premis:formatDesignation>
				        <premis:formatRegistry>
				          <premis:formatRegistryName>PRONOM</premis:formatRegistryName>
				          <premis:formatRegistryKey>%5$s</premis:formatRegistryKey>
				        </premis:formatRegistry>
				      </premis:format>
				    </premis:objectCharacteristics>
				    <premis:linkingEventIdentifier>
				      <premis:linkingEventIdentifierType>local</premis:linkingEventIdentifierType>
				      <premis:linkingEventIdentifierValue>%6$s</premis:linkingEventIdentifierValue>
				    </premis:linkingEventIdentifier>
				    <premis:linkingEventIdentifier>
				      <premis:linkingEventIdentifierType>local</premis:linkingEventIdentifierType>
				      <premis:linkingEventIdentifierValue>migration</premis:linkingEventIdentifierValue>
				    </premis:linkingEventIdentifier>
				  </premis:object>
				""".formatted(Xml.text(file.path()), file.sha256(), file.size(), pdf ? "PDF/A-2b" : "JSON",
				pdf ? PDF_A_2B : JSON, creationEvent));
	}

	private static void event(StringBuilder xml, String id, String type, String at, String detail, String agent,
			List<String> objects) {
		xml.append("""
				  <premis:event>
				    <premis:eventIdentifier>
				      <premis:eventIdentifierType>local</premis:eventIdentifierType>
				      <premis:eventIdentifierValue>%s</premis:eventIdentifierValue>
				    </premis:eventIdentifier>
				    <premis:eventType>%s</premis:eventType>
				    <premis:eventDateTime>%s</premis:eventDateTime>
				    <premis:eventDetailInformation>
				      <premis:eventDetail>%s</premis:eventDetail>
				    </premis:eventDetailInformation>
				    <premis:eventOutcomeInformation>
				      <premis:eventOutcome>success</premis:eventOutcome>
				    </premis:eventOutcomeInformation>
				    <premis:linkingAgentIdentifier>
				      <premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType>
				      <premis:linkingAgentIdentifierValue>%s</premis:linkingAgentIdentifierValue>
				    </premis:linkingAgentIdentifier>
				""".formatted(id, type, at, Xml.text(detail), agent));
		for (String object : objects) {
			xml.append("""
					    <premis:linkingObjectIdentifier>
					      <premis:linkingObjectIdentifierType>local</premis:linkingObjectIdentifierType>
					      <premis:linkingObjectIdentifierValue>%s</premis:linkingObjectIdentifierValue>
					    </premis:linkingObjectIdentifier>
					""".formatted(Xml.text(object)));
		}
		xml.append("  </premis:event>\n");
	}

	private static void agent(StringBuilder xml, String id, String name, String type, String note) {
		xml.append("""
				  <premis:agent>
				    <premis:agentIdentifier>
				      <premis:agentIdentifierType>local</premis:agentIdentifierType>
				      <premis:agentIdentifierValue>%s</premis:agentIdentifierValue>
				    </premis:agentIdentifier>
				    <premis:agentName>%s</premis:agentName>
				    <premis:agentType>%s</premis:agentType>
				""".formatted(id, Xml.text(name), type));
		if (note != null) {
			xml.append("    <premis:agentNote>").append(Xml.text(note)).append("</premis:agentNote>\n");
		}
		xml.append("  </premis:agent>\n");
	}
}
