package se.budkavle.platform.api;

import java.util.List;

/**
 * One problem an operation can answer with: its status, short type name, title and the extra members it carries.
 *
 * @param status the HTTP status
 * @param type the short type name, without the {@code urn:budkavle:problem:} prefix
 * @param title the title
 * @param members the extra members beside the RFC 9457 ones, such as {@code errors}
 */
record ProblemEntry(int status, String type, String title, List<String> members) {
}
