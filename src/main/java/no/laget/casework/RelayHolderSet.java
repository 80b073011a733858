package no.laget.casework;

import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * docs/domain.md rule 15: the relay holder (a person in a unit, or the unit) follows up the consents the case stands
 * on. Published when a case opens, a unit joins it and the holder changes, with every consent a unit of the case was
 * admitted under; the deadline module moves those consents' expiry to the holder. Ids only.
 */
@DomainEvent
public record RelayHolderSet(long caseId, Long unitId, Long employeeId, List<Long> consentIds) {

    public RelayHolderSet {
        consentIds = List.copyOf(consentIds);
    }
}
