/**
 * The e-archive submission package (E-ARK SIP 2.x, FGS Paketstruktur 1.2): METS, PREMIS 3, EAD3 and the records as
 * PDF/A-2b and JSON, written as a ZIP.
 */
package se.budkavle.records.archive;
