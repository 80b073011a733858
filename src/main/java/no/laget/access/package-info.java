/**
 * The access door: the one decision about a child's data ({@link no.laget.access.AccessDoor}), the
 * append-only, hash-chained access log, and emergency access ("break the glass").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*", "organisation"})
package no.laget.access;
