package no.laget.feedback.internal;

/** The forms of the feedback module, as typed. */
final class FeedbackForms {

    private FeedbackForms() {}

    record InvitationForm(String unitId, String kind) {}

    record AnswerForm(String respondent, String heard, String useful, String improve, String noNameConfirmed) {

        static AnswerForm empty() {
            return new AnswerForm("", "", "", "", null);
        }

        public boolean confirmedNoName() {
            return "true".equals(noNameConfirmed);
        }
    }
}
