/**
 * Official indicators (JSON-stat and CSV from SSB, FHI, Udir, Bufdir) shown for the municipality against
 * its county and the country, and suppression of small counts in internal figures (docs/domain.md rule 36).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*", "organisation"})
package no.laget.statistics;
