/**
 * The transition at 18 from child welfare to NAV (docs/domain.md rules 30-31): child welfare's measures, the reminder
 * before the 18th birthday, the start on the young person's written consent, the first meeting and the joint plan with
 * its measures up to the 25th birthday. Publishes {@link no.laget.transition.TransitionPlanChanged} for the archive,
 * and {@link no.laget.transition.TransitionReminderSet}, {@link no.laget.transition.TransitionStarted} and
 * {@link no.laget.transition.TransitionMeasureAdded} for the deadline module's duties.
 * Owns the tables nav_child_welfare_measure, nav_transition and nav_transition_measure.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent"})
package no.laget.transition;
