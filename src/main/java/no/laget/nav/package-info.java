/**
 * Child welfare and NAV (docs/domain.md section 5 and Halden's cooperation agreement): the emergency help card
 * (kronekort) ledger, the transition at 18 with a joint plan and aftercare to 25, and cooperation agreements
 * between services with their meetings and annual evaluation. Dated duties go to the deadline engine.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent", "deadline"})
package no.laget.nav;
