/**
 * Cooperation agreements between services (Halden's child welfare-NAV agreement): parties, routines, the meetings
 * promised and held, the staff's input and the annual evaluation, with their reminders in the deadline engine.
 * Publishes {@link no.laget.agreement.AgreementEvaluated} for the archive and
 * {@link no.laget.agreement.AgreementDatesSet} (one per party) for the deadline module's duties. Owns the tables nav_agreement,
 * nav_agreement_party, nav_agreement_routine, nav_agreement_meeting, nav_agreement_input and nav_agreement_evaluation.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access"})
package no.laget.agreement;
