package no.laget.feedback.internal;

/** The forms of the feedback module, as typed. */
final class FeedbackForms {

    private FeedbackForms() {}

    /** {@code caseId} is the relay case the meeting or measure belongs to (may be blank); {@code toFamily} "true" also
     * puts the invitation on that case's child's page in the family's door. */
    record InvitationForm(String unitId, String kind, String caseId, String toFamily) {

        InvitationForm(String unitId, String kind) {
            this(unitId, kind, null, null);
        }

        public boolean sendToFamily() {
            return "true".equals(toFamily);
        }
    }

    record AnswerForm(String respondent, String heard, String useful, String improve, String noNameConfirmed) {

        static AnswerForm empty() {
            return new AnswerForm("", "", "", "", null);
        }

        public boolean confirmedNoName() {
            return "true".equals(noNameConfirmed);
        }
    }
}
