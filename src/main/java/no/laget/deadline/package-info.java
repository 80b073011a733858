/**
 * The deadline engine: every dated duty (a level-0 decision, an evaluation date, a consent's expiry, a meeting's
 * follow-up, a legal clock) as one row; warned, reminded by e-mail and listed per user. Casework, consent and report
 * say what happened in past-tense events ({@code ConcernWritten}, {@code ConsentGiven}, {@code ReportReceived}...),
 * which this module turns into duties with {@code @ApplicationModuleListener}s ({@code internal.CaseworkDuties},
 * {@code ConsentDuties}, {@code ReportClocks}) through Spring Modulith's event publication registry, so a duty is
 * not lost when its listener fails. The source types ("concern", "consent", "report"...) are this module's words.
 * NAV still schedules through {@link no.laget.deadline.Deadlines} directly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*", "organisation", "access", "mywork",
        "casework", "consent", "report"})
package no.laget.deadline;
