package no.laget.casework.internal;

import java.time.LocalDate;

/** docs/domain.md rule 29's nine items, the plan period and the revision date; the version seen (null for a new plan). */
public record SavePlan(String goalsNeeds, String whoTakesPart, String whoCoordinates, String contributions,
        String measures, String howCarriedOut, LocalDate periodFrom, LocalDate periodTo, LocalDate reviseOn,
        String consents, String cooperation, Integer version) {}
