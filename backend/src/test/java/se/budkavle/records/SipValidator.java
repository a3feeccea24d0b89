package se.budkavle.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The structural check of an E-ARK SIP / FGS Paketstruktur submission package, as an e-archive's ingest would make
 * it: the required files (package METS, PREMIS, descriptive metadata, representation METS, data), the required METS
 * and PREMIS elements and attributes (checked by XPath: the METS and PREMIS XSDs are published by the Library of
 * Congress, not on Maven Central, and this build reaches only Maven Central), every file on disk in a METS file
 * section or metadata reference and every listed file on disk, every size and SHA-256 checksum in METS and PREMIS
 * matching, and every PDF opening with PDFBox as PDF/A-2b with all its fonts embedded.
 */
final class SipValidator {

	private static final Map<String, String> NAMESPACES = Map.of("mets", "http://www.loc.gov/METS/", "xlink",
			"http://www.w3.org/1999/xlink", "csip", "https://DILCIS.eu/XML/METS/CSIPExtensionMETS", "premis",
			"http://www.loc.gov/premis/v3", "ead", "http://ead3.archivists.org/schema/", "x", "adobe:ns:meta/", "rdf",
			"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "pdfaid", "http://www.aiim.org/pdfa/ns/id/");

	private static final String REPRESENTATION = "representations/rep1/";

	private final List<String> problems = new ArrayList<>();

	private final Map<String, byte[]> files;

	private final String root;

	private SipValidator(Map<String, byte[]> files, String root) {
		this.files = files;
		this.root = root;
	}

	/**
	 * Checks a package.
	 * @return what is wrong with it; empty when it passes
	 */
	static List<String> problems(byte[] zip) throws Exception {
		Map<String, byte[]> entries = unzip(zip);
		Set<String> roots = new TreeSet<>();
		entries.keySet().forEach((name) -> roots.add(name.substring(0, name.indexOf('/') + 1)));
		if (roots.size() != 1 || roots.contains("")) {
			return List.of("the package must have exactly one root folder, has " + roots);
		}
		String root = roots.iterator().next();
		Map<String, byte[]> files = new LinkedHashMap<>();
		entries.forEach((name, content) -> files.put(name.substring(root.length()), content));
		SipValidator validator = new SipValidator(files, root.substring(0, root.length() - 1));
		try {
			validator.check();
		}
		catch (SAXException ex) {
			validator.problems.add("an XML file is not well-formed: " + ex.getMessage());
		}
		return validator.problems;
	}

	/** The files of a package by their path below the root folder. */
	static Map<String, byte[]> files(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		unzip(zip).forEach((name, content) -> files.put(name.substring(name.indexOf('/') + 1), content));
		return files;
	}

	/** The package with one byte of one file changed, zipped again as a valid ZIP. */
	static byte[] withOneByteChanged(byte[] zip, String path, int offset) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream changed = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : unzip(zip).entrySet()) {
				byte[] content = entry.getValue().clone();
				if (entry.getKey().endsWith("/" + path)) {
					content[offset] ^= 0x01;
				}
				changed.putNextEntry(new ZipEntry(entry.getKey()));
				changed.write(content);
				changed.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private void check() throws Exception {
		for (String required : List.of("METS.xml", "metadata/preservation/premis.xml", "metadata/descriptive/ead.xml",
				REPRESENTATION + "METS.xml")) {
			require(this.files.containsKey(required), "the required file " + required + " is missing");
		}
		require(this.files.keySet().stream().anyMatch((path) -> path.startsWith(REPRESENTATION + "data/")),
				"the representation has no data files");
		if (!this.problems.isEmpty()) {
			return;
		}
		Set<String> listed = new TreeSet<>();
		Document mets = xml("METS.xml");
		checkPackageMets(mets, listed);
		Document representation = xml(REPRESENTATION + "METS.xml");
		checkHeader(representation, this.root + "-rep1");
		checkFiles(representation, REPRESENTATION, listed);
		checkPremis(xml("metadata/preservation/premis.xml"));
		require(string(xml("metadata/descriptive/ead.xml"), "/ead:ead/ead:control/ead:recordid").equals(this.root),
				"the EAD's recordid is not the package's OBJID");
		Set<String> onDisk = new TreeSet<>(this.files.keySet());
		onDisk.remove("METS.xml");
		for (String path : onDisk) {
			require(listed.contains(path), path + " is on disk but in no METS file section or metadata reference");
		}
		for (String path : listed) {
			require(this.files.containsKey(path), path + " is listed in METS but not in the package");
		}
		for (String path : onDisk) {
			if (path.endsWith(".pdf")) {
				checkPdf(path);
			}
		}
	}

	private void checkPackageMets(Document mets, Set<String> listed) throws Exception {
		checkHeader(mets, this.root);
		require(string(mets, "/mets:mets/@PROFILE").startsWith("https://earksip.dilcis.eu/profile/"),
				"the package METS names no E-ARK SIP profile");
		require(string(mets, "/mets:mets/mets:metsHdr/@csip:OAISPACKAGETYPE").equals("SIP"), "the package is no SIP");
		NodeList references = nodes(mets, "//mets:mdRef");
		for (int i = 0; i < references.getLength(); i++) {
			Element reference = (Element) references.item(i);
			checkFile(reference, reference.getAttributeNS(NAMESPACES.get("xlink"), "href"), listed);
		}
		require(string(mets, "/mets:mets/mets:dmdSec/mets:mdRef/@xlink:href").startsWith("metadata/descriptive/"),
				"no descriptive metadata is referenced");
		require(string(mets, "/mets:mets/mets:amdSec/mets:digiprovMD/mets:mdRef[@MDTYPE='PREMIS']/@xlink:href")
			.equals("metadata/preservation/premis.xml"), "the PREMIS file is not referenced");
		checkFiles(mets, "", listed);
		require(listed.contains(REPRESENTATION + "METS.xml"), "the package METS does not list the representation's METS");
		require(string(mets, "//mets:structMap//mets:mptr/@xlink:href").equals(REPRESENTATION + "METS.xml"),
				"the structural map does not point at the representation's METS");
	}

	private void checkHeader(Document mets, String objectId) throws XPathExpressionException {
		require(string(mets, "/mets:mets/@OBJID").equals(objectId), "OBJID is not " + objectId);
		require(!string(mets, "/mets:mets/@TYPE").isEmpty(), "METS has no TYPE");
		require(!string(mets, "/mets:mets/mets:metsHdr/@CREATEDATE").isEmpty(), "METS has no CREATEDATE");
		require(!string(mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='ARCHIVIST'][@TYPE='ORGANIZATION']/mets:name")
			.isEmpty(), "METS names no archive creator");
		require(!string(mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='ARCHIVIST']/mets:note[@csip:NOTETYPE='IDENTIFICATIONCODE']")
			.isEmpty(), "METS gives no organisation number");
		require(string(mets, "/mets:mets/mets:metsHdr/mets:agent[@ROLE='CREATOR'][@OTHERTYPE='SOFTWARE']/mets:name")
			.equals("Budkavle"), "METS names no submitting software");
		require(!string(mets, "/mets:mets/mets:metsHdr/mets:agent[@OTHERTYPE='SOFTWARE']/mets:note[@csip:NOTETYPE='SOFTWARE VERSION']")
			.isEmpty(), "METS gives no software version");
	}

	private void checkFiles(Document mets, String folder, Set<String> listed) throws Exception {
		NodeList files = nodes(mets, "/mets:mets/mets:fileSec/mets:fileGrp/mets:file");
		for (int i = 0; i < files.getLength(); i++) {
			Element file = (Element) files.item(i);
			require(!file.getAttribute("ID").isEmpty(), "a METS file has no ID");
			String href = string(file, "mets:FLocat/@xlink:href");
			checkFile(file, folder + href, listed);
		}
	}

	private void checkFile(Element described, String path, Set<String> listed) {
		listed.add(path);
		byte[] content = this.files.get(path);
		if (content == null) {
			return;
		}
		require(!described.getAttribute("MIMETYPE").isEmpty(), path + " has no MIMETYPE");
		require(described.getAttribute("CHECKSUMTYPE").equals("SHA-256"), path + " has no SHA-256 CHECKSUMTYPE");
		require(described.getAttribute("SIZE").equals(Long.toString(content.length)),
				path + ": SIZE " + described.getAttribute("SIZE") + " but the file has " + content.length + " bytes");
		require(described.getAttribute("CHECKSUM").equals(sha256(content)),
				path + ": the CHECKSUM does not match the file's SHA-256");
	}

	private void checkPremis(Document premis) throws Exception {
		require(string(premis, "/premis:premis/@version").equals("3.0"), "PREMIS is not version 3.0");
		NodeList objects = nodes(premis, "/premis:premis/premis:object");
		Set<String> described = new TreeSet<>();
		for (int i = 0; i < objects.getLength(); i++) {
			Element object = (Element) objects.item(i);
			String path = string(object, "premis:objectIdentifier/premis:objectIdentifierValue");
			described.add(path);
			byte[] content = this.files.get(path);
			require(content != null, "PREMIS describes " + path + ", which is not in the package");
			require(string(object, "premis:objectCharacteristics/premis:fixity/premis:messageDigestAlgorithm")
				.equals("SHA-256"), path + ": PREMIS fixity is not SHA-256");
			require(!string(object, "premis:objectCharacteristics/premis:format/premis:formatDesignation/premis:formatName")
				.isEmpty(), path + ": PREMIS gives no format");
			if (content != null) {
				require(string(object, "premis:objectCharacteristics/premis:fixity/premis:messageDigest")
					.equals(sha256(content)), path + ": the PREMIS fixity does not match the file's SHA-256");
				require(string(object, "premis:objectCharacteristics/premis:size").equals(Long.toString(content.length)),
						path + ": the PREMIS size does not match");
			}
		}
		this.files.keySet().stream().filter((path) -> path.startsWith(REPRESENTATION + "data/"))
			.forEach((path) -> require(described.contains(path), path + " has no PREMIS object"));
		require(nodes(premis, "/premis:premis/premis:event[premis:eventType='creation']").getLength() > 0,
				"PREMIS records no creation event");
		require(nodes(premis, "/premis:premis/premis:event[premis:eventType='migration']").getLength() == 1,
				"PREMIS records no migration event");
		require(nodes(premis, "/premis:premis/premis:agent").getLength() >= 2, "PREMIS names no agents");
	}

	private void checkPdf(String path) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(this.files.get(path))) {
			var metadata = pdf.getDocumentCatalog().getMetadata();
			if (metadata == null) {
				this.problems.add(path + " has no XMP metadata");
				return;
			}
			Document xmp;
			try (InputStream in = metadata.exportXMPMetadata()) {
				xmp = parse(in.readAllBytes());
			}
			require(string(xmp, "//pdfaid:part").equals("2") && string(xmp, "//pdfaid:conformance").equals("B"),
					path + " does not identify itself as PDF/A-2b");
			require(!pdf.getDocumentCatalog().getOutputIntents().isEmpty(), path + " has no output intent");
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					require(font.isEmbedded(), path + " does not embed the font " + font.getName());
				}
			}
		}
		catch (IOException ex) {
			this.problems.add(path + " does not open as PDF: " + ex.getMessage());
		}
	}

	private void require(boolean condition, String problem) {
		if (!condition) {
			this.problems.add(problem);
		}
	}

	private Document xml(String path) throws Exception {
		return parse(this.files.get(path));
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String string(Object node, String path) throws XPathExpressionException {
		return ((String) xpath().evaluate(path, node, XPathConstants.STRING)).strip();
	}

	private static NodeList nodes(Object node, String path) throws XPathExpressionException {
		return (NodeList) xpath().evaluate(path, node, XPathConstants.NODESET);
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return NAMESPACES.get(prefix);
			}

			@Override
			public String getPrefix(String namespaceURI) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String namespaceURI) {
				return null;
			}
		});
		return xpath;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return entries;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
