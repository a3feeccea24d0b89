package se.budkavle.records.archive;

import java.util.List;

/**
 * The package's descriptive metadata as a minimal EAD3 finding aid, the descriptive standard the E-ARK profiles
 * recommend and archives' ingest tools read: the series (the period, the unit, the archive creator) and one item per
 * record with its id, title, date and the files that hold it.
 */
final class Ead {

	private Ead() {
	}

	static String of(Submission submission, List<SipEntry> entries) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<ead xmlns="http://ead3.archivists.org/schema/">
				  <control>
				    <recordid>%1$s</recordid>
				    <filedesc><titlestmt><titleproper>%2$s</titleproper></titlestmt></filedesc>
				    <maintenancestatus value="new"/>
				    <maintenanceagency><agencycode>%3$s</agencycode><agencyname>%4$s</agencyname></maintenanceagency>
				    <maintenancehistory>
				      <maintenanceevent>
				        <eventtype value="created"/>
				        <eventdatetime standarddatetime="%5$s">%5$s</eventdatetime>
				        <agenttype value="machine"/>
				        <agent>Budkavle %6$s</agent>
				      </maintenanceevent>
				    </maintenancehistory>
				  </control>
				  <archdesc level="series">
				    <did>
				      <unittitle>%2$s</unittitle>
				      <unitdate normal="%7$s/%8$s">%7$s – %8$s</unitdate>
				      <origination><corpname><part>%4$s</part></corpname></origination>
				    </did>
				    <dsc>
				""".formatted(Xml.text(submission.objectId()), Xml.text(submission.label()),
				Xml.text(submission.organisationNumber()), Xml.text(submission.organisationName()),
				submission.createdAt(), Xml.text(submission.systemVersion()), submission.from(), submission.to()));
		for (SipEntry entry : entries) {
			String data = SipWriter.REPRESENTATION + "data/" + entry.baseName();
			xml.append("""
					      <c level="item">
					        <did>
					          <unitid>%s</unitid>
					          <unittitle>%s</unittitle>
					          <unitdate normal="%s">%s</unitdate>
					          <physdesc>%s</physdesc>
					          <daoset>
					            <dao daotype="borndigital" href="%s.pdf" linktitle="PDF/A-2b"/>
					            <dao daotype="borndigital" href="%s.json" linktitle="JSON"/>
					          </daoset>
					        </did>
					      </c>
					""".formatted(entry.baseName(), Xml.text(entry.title()), entry.at(), entry.at(),
					"post".equals(entry.type()) ? "Nyhet med alla versioner och kommentarer" : "Fråga med svar",
					data, data));
		}
		xml.append("    </dsc>\n  </archdesc>\n</ead>\n");
		return xml.toString();
	}
}
