/**
 * The deadline engine: every dated duty (a level-0 decision, an evaluation date, a consent's expiry, a meeting's
 * follow-up, a legal clock) as one row; warned, reminded by e-mail and listed per user. Casework, consent, report,
 * emergency, transition and agreement say what happened in past-tense events ({@code ConcernWritten},
 * {@code ConsentGiven}, {@code ReportReceived}, {@code EmergencyUseRecorded}...), which this module turns into duties
 * with {@code @ApplicationModuleListener}s ({@code internal.CaseworkDuties}, {@code ConsentDuties},
 * {@code ReportClocks}, {@code NavDuties}) through Spring Modulith's event publication registry, so a duty is not lost
 * when its listener fails. The source types ("concern", "consent", "report", "nav_emergency_use"...) are this module's
 * words. No other module calls it: its face is empty.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform::*", "organisation", "access", "mywork",
        "casework", "consent", "report",
        "emergency", "transition", "agreement"})
package no.laget.deadline;
