package no.laget.report;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Child welfare recorded a letter to the reporter of a report (docs/domain.md rule 24): the letter the law asks for at
 * that point is no longer due. Ids only; the archive's document is {@link LetterSent}.
 */
@DomainEvent
public record ReporterAnswered(long reportId, Letter letter) {

    /** Which of the reporter's letters was sent. */
    public enum Letter {
        /** The confirmation that the report arrived. */
        RECEIPT,
        /** Whether an investigation was opened. */
        OPENING,
        /** How the investigation ended. */
        OUTCOME
    }
}
