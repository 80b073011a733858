/**
 * Anonymous feedback from parents and young people after a meeting or a measure: an employee makes a one-use
 * link for a unit, the family answers a short public form, and municipal staff see results per unit and
 * quarter, with small groups hidden (docs/domain.md rule 36). An invitation about a relay case's meeting or measure
 * may also wait on the child's page in the family's door ({@link no.laget.feedback.FeedbackForFamily}); the answer
 * given there is stored exactly like a link's, linked to no child and no invitation.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "statistics", "casework"})
package no.laget.feedback;
