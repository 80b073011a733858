package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.List;

/** An agreement on the list: its parties' names and the evaluation due. */
public record AgreementSummary(long id, String title, LocalDate validFrom, LocalDate validTo, List<String> parties,
        LocalDate evaluationDueOn) {}
