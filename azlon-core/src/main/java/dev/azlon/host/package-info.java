/**
 * Internal. The host side of the boundary: what Azlon reads from the user's project as data (spec
 * files, the files they name, locks) and where that data may point, and the one door through which
 * anything is written into it (a solution applied, generated sources). Everything read here is
 * untrusted, as a model's answer is: paths stay inside the project, reads are bounded, and nothing
 * follows a link out or writes through one.
 */
package dev.azlon.host;
