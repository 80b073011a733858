/**
 * Made-up children for demo mode, registered through the same services and door as real work, so a
 * newcomer logging in as each demo employee finds something to look at. Never runs in production.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent"})
package no.laget.demo;
