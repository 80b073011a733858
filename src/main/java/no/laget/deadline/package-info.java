/**
 * The deadline engine: every dated duty (a level-0 decision, an evaluation date, a consent's expiry, a meeting's
 * follow-up, a legal clock) as one row, scheduled by the module that owns the work through {@link
 * no.laget.deadline.Deadlines}; warned, reminded by e-mail and listed per user.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*", "organisation", "access", "mywork",
        "casework", "consent", "report"})
package no.laget.deadline;
