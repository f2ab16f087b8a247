/**
 * The host side of the boundary: what Azlon reads from the user's project as data (spec files, the
 * files they name, locks) and where that data may point. Everything read here is untrusted, as a
 * model's answer is: paths stay inside the project, reads are bounded, and nothing follows a link
 * out.
 */
package dev.azlon.host;
