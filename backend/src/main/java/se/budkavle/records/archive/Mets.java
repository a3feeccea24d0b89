package se.budkavle.records.archive;

import java.util.List;

/**
 * The package METS and the representation METS of a submission package, after the E-ARK CSIP/SIP METS profiles:
 * header agents (the archive creator with its organisation number, the submitting software with its version), the
 * descriptive and preservation metadata referenced with size and checksum, a file section listing every file with
 * size, media type and SHA-256, and a structural map.
 */
final class Mets {

	static final String PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";

	static final String CONTENT_TYPE = "Allmänna handlingar: intranätets nyheter, kommentarer, frågor och svar";

	private static final String OPEN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"
			    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
			    xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"
			    xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd http://www.w3.org/1999/xlink http://www.loc.gov/standards/mets/xlink.xsd https://DILCIS.eu/XML/METS/CSIPExtensionMETS https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd https://DILCIS.eu/XML/METS/SIPExtensionMETS https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd"
			    OBJID="%s" LABEL="%s" TYPE="OTHER" csip:OTHERTYPE="%s" csip:CONTENTINFORMATIONTYPE="MIXED" PROFILE="%s">
			""";

	private Mets() {
	}

	static String root(Submission submission, ArchivedFile representation, ArchivedFile descriptive,
			ArchivedFile preservation) {
		StringBuilder xml = new StringBuilder();
		open(xml, submission, submission.objectId());
		xml.append("  <mets:dmdSec ID=\"dmd-ead\" CREATED=\"").append(submission.createdAt())
			.append("\" STATUS=\"CURRENT\">\n");
		mdRef(xml, descriptive, "EAD");
		xml.append("  </mets:dmdSec>\n  <mets:amdSec>\n    <mets:digiprovMD ID=\"digiprov-premis\" CREATED=\"")
			.append(submission.createdAt()).append("\" STATUS=\"CURRENT\">\n  ");
		mdRef(xml, preservation, "PREMIS");
		xml.append("    </mets:digiprovMD>\n  </mets:amdSec>\n");
		xml.append("  <mets:fileSec ID=\"filesec\">\n    <mets:fileGrp ID=\"grp-rep1\" USE=\"Representations/rep1\">\n");
		file(xml, "file-rep1-mets", representation, representation.path(), submission);
		xml.append("    </mets:fileGrp>\n  </mets:fileSec>\n");
		xml.append("""
				  <mets:structMap ID="structmap" TYPE="PHYSICAL" LABEL="CSIP">
				    <mets:div ID="div-root" LABEL="%s">
				      <mets:div ID="div-metadata" LABEL="Metadata" DMDID="dmd-ead" ADMID="digiprov-premis"/>
				      <mets:div ID="div-rep1" LABEL="Representations/rep1">
				        <mets:mptr xlink:type="simple" xlink:href="%s" xlink:title="grp-rep1" LOCTYPE="URL"/>
				      </mets:div>
				    </mets:div>
				  </mets:structMap>
				</mets:mets>
				""".formatted(Xml.text(submission.objectId()), representation.path()));
		return xml.toString();
	}

	static String representation(Submission submission, List<ArchivedFile> data) {
		StringBuilder xml = new StringBuilder();
		open(xml, submission, submission.objectId() + "-rep1");
		xml.append("  <mets:fileSec ID=\"filesec\">\n    <mets:fileGrp ID=\"grp-data\" USE=\"Data\">\n");
		for (int i = 0; i < data.size(); i++) {
			file(xml, "file-" + i, data.get(i), data.get(i).relativeTo(SipWriter.REPRESENTATION), submission);
		}
		xml.append("    </mets:fileGrp>\n  </mets:fileSec>\n");
		xml.append("  <mets:structMap ID=\"structmap\" TYPE=\"PHYSICAL\" LABEL=\"CSIP\">\n")
			.append("    <mets:div ID=\"div-rep1\" LABEL=\"rep1\">\n      <mets:div ID=\"div-data\" LABEL=\"Data\">\n");
		for (int i = 0; i < data.size(); i++) {
			xml.append("        <mets:fptr FILEID=\"file-").append(i).append("\"/>\n");
		}
		xml.append("      </mets:div>\n    </mets:div>\n  </mets:structMap>\n</mets:mets>\n");
		return xml.toString();
	}

	private static void open(StringBuilder xml, Submission submission, String objectId) {
		xml.append(OPEN.formatted(Xml.text(objectId), Xml.text(submission.label()), Xml.text(CONTENT_TYPE), PROFILE));
		xml.append("""
				  <mets:metsHdr CREATEDATE="%s" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">
				    <mets:agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">
				      <mets:name>%s</mets:name>
				      <mets:note csip:NOTETYPE="IDENTIFICATIONCODE">%s</mets:note>
				    </mets:agent>
				    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
				      <mets:name>Budkavle</mets:name>
				      <mets:note csip:NOTETYPE="SOFTWARE VERSION">%s</mets:note>
				    </mets:agent>
				  </mets:metsHdr>
				""".formatted(submission.createdAt(), Xml.text(submission.organisationName()),
				Xml.text(submission.organisationNumber()), Xml.text(submission.systemVersion())));
	}

	private static void mdRef(StringBuilder xml, ArchivedFile file, String type) {
		xml.append("""
				    <mets:mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="%s" MDTYPE="%s" MIMETYPE="%s" SIZE="%d" CHECKSUM="%s" CHECKSUMTYPE="SHA-256"/>
				""".formatted(file.path(), type, file.mimeType(), file.size(), file.sha256()));
	}

	private static void file(StringBuilder xml, String id, ArchivedFile file, String href, Submission submission) {
		xml.append("""
				      <mets:file ID="%s" MIMETYPE="%s" SIZE="%d" CREATED="%s" CHECKSUM="%s" CHECKSUMTYPE="SHA-256">
				        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="%s"/>
				      </mets:file>
				""".formatted(id, file.mimeType(), file.size(), submission.createdAt(), file.sha256(), Xml.text(href)));
	}
}
