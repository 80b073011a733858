package no.laget.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import no.laget.access.InformationCategory;

/**
 * A unit's request for consent, waiting on the family's page until everyone who must answer has (docs/domain.md rule
 * 17), then pointing to the consent or refusal it became.
 *
 * @param answerers who must answer, each with their answer if they have: every guardian with parental responsibility
 *        for GUARDIANS, the young person for YOUNG_PERSON
 */
public record ConsentRequest(long id, long childId, GivenBy givenBy, String purpose, LocalDate validFrom,
        LocalDate validTo, long requestedByUnitId, String requestedByUnitName, String requestedByName,
        OffsetDateTime requestedAt, Long consentId, OffsetDateTime decidedAt, List<Asked> grants,
        List<Answerer> answerers) {

    public enum State { WAITING, GIVEN, REFUSED, PERIOD_ENDED }

    /** One category to one receiver, as asked. */
    public record Asked(long id, InformationCategory category, Long receiverUnitId, String receiverUnitName,
            String receiverUnitType) {

        /** The receiver as the answer form names it: {@code unit:<id>} or {@code type:<UNIT_TYPE>}. */
        public String receiverKey() {
            return receiverUnitId != null ? "unit:" + receiverUnitId : "type:" + receiverUnitType;
        }
    }

    /**
     * Someone who must answer: a guardian (guardianId set) or the young person (guardianId null). The answer is null
     * until they have answered; {@code grantIds} are the asked grants they said yes to.
     */
    public record Answerer(Long guardianId, String name, String answer, OffsetDateTime answeredAt, String assurance,
            String comment, List<Long> grantIds) {

        public boolean answered() {
            return answer != null;
        }
    }

    public State stateOn(LocalDate today, Consent.Status decided) {
        if (consentId != null) {
            return decided == Consent.Status.REFUSED ? State.REFUSED : State.GIVEN;
        }
        return validTo.isBefore(today) ? State.PERIOD_ENDED : State.WAITING;
    }

    /** Whether it still waits for answers on the day: undecided and its period not over. */
    public boolean waitingOn(LocalDate today) {
        return consentId == null && !validTo.isBefore(today);
    }

    /** The categories asked, in the order of the grants, each once. */
    public List<InformationCategory> categories() {
        return grants.stream().map(Asked::category).distinct().toList();
    }

    /** The receivers asked, each once, as the first grant to them names them. */
    public List<Asked> receivers() {
        return grants.stream().collect(java.util.stream.Collectors.toMap(Asked::receiverKey, a -> a, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    @Override
    public String toString() {
        return "ConsentRequest[" + id + "]";
    }
}
