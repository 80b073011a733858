/**
 * The municipality, its units (services) and employees with their roles. Administrators manage them;
 * other modules read them through {@link no.laget.organisation.Organisation}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*"})
package no.laget.organisation;
