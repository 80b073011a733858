package no.laget.casework.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.consent.Consents;
import no.laget.organisation.People;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Who may read and write a case (docs/domain.md rule 8), and which consent a unit would be let into it under. Every
 * casework service that touches a case asks here first.
 */
@Component
public class CaseAccess {

    private final CaseRepository repository;
    private final AccessDoor door;
    private final Consents consents;

    CaseAccess(CaseRepository repository, AccessDoor door, Consents consents) {
        this.repository = repository;
        this.door = door;
        this.consents = consents;
    }

    /**
     * The case's own rule on top of the door: its units read and write under whatever basis the door finds (for them,
     * the consent-bound participant grant), units a live consent names for RELAY_LOG read, and an emergency access
     * reads. The door decides, explains and logs every refusal; a case that does not exist is refused like one the
     * user's unit has no part in.
     */
    public CaseRepository.Head require(SignedInUser user, long caseId, Action action) {
        CaseRepository.Head head = repository.head(caseId).orElseThrow(() -> door.unknown(user));
        boolean participant = repository.isParticipant(caseId, user.unitId());
        Set<Basis> accepted = participant ? EnumSet.allOf(Basis.class)
                : action == Action.READ ? EnumSet.of(Basis.CONSENT, Basis.EMERGENCY) : EnumSet.noneOf(Basis.class);
        // Its own units are told a closed case is closed (its grants ended with it); anyone else only hears the door.
        if (participant && action == Action.WRITE && !head.open()) {
            throw InvalidInputException.of("case", "case.closed");
        }
        door.requireWithin(user, head.childId(), InformationCategory.RELAY_LOG, action, AccessedObject.of(Cases.SOURCE, caseId),
                accepted);
        return head;
    }

    /** The consent a unit would be admitted under, if there is one: the newest live consent covering RELAY_LOG for it. */
    public Optional<Long> consentFor(long childId, long unitId) {
        return consents.liveCovering(childId, InformationCategory.RELAY_LOG, unitId).stream().findFirst();
    }

    /** The units a live consent of the child covers for RELAY_LOG, by id or by type: one statement. */
    public People.Scope relayScope(long childId) {
        Consents.Receivers receivers = consents.liveReceivers(childId, InformationCategory.RELAY_LOG);
        return new People.Scope(receivers.unitIds(), receivers.unitTypes().stream()
                .map(UnitType::parse).flatMap(Optional::stream).collect(Collectors.toSet()));
    }
}
