/**
 * Anonymous feedback from parents and young people after a meeting or a measure: an employee makes a one-use
 * link for a unit, the family answers a short public form, and municipal staff see results per unit and
 * quarter, with small groups hidden (docs/domain.md rule 36).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "statistics"})
package no.laget.feedback;
