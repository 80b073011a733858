package no.laget.report.internal;

/** Grounds for a report (docs/domain.md rule 20): any one suffices, certainty is not needed. Labels in messages-report. */
public enum ReportGround {
    NEGLECT_OR_MISTREATMENT, UNTREATED_ILLNESS_OR_INJURY, UNMET_SPECIAL_NEEDS, SERIOUS_BEHAVIOUR_PROBLEMS, TRAFFICKING;

    public String labelKey() {
        return "report.ground." + name();
    }
}
