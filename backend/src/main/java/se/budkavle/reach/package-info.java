/**
 * Reach and listening: how far posts got, per unit down the tree, and what people say, in aggregate only and never
 * for a group smaller than the minimum size.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reach")
package se.budkavle.reach;
