package no.laget.consent;

import java.util.List;

import no.laget.access.FamilyChild;
import no.laget.consent.internal.ConsentRepository;
import no.laget.consent.internal.ConsentRequestRepository;

import org.springframework.stereotype.Service;

/**
 * A child's consents, refusals and consent requests, for the family's own download (innsyn). <strong>Reads without an
 * employee: the caller has decided access through {@code access.FamilyDoor}</strong> (category BASIC: consent answers
 * are the family's own); {@code child} is what the door returned. What the member sees follows the family's consent
 * pages ({@link ConsentRequests}): the young person sees everything about themself, a guardian only what the guardians
 * give or answer (GUARDIANS), never the young person's own consents and requests.
 */
@Service
public class ConsentsForFamily {

    private final ConsentRepository repository;
    private final ConsentRequestRepository requests;

    ConsentsForFamily(ConsentRepository repository, ConsentRequestRepository requests) {
        this.repository = repository;
        this.requests = requests;
    }

    /** Every consent and refusal the member sees, with its grants, newest first: two statements however many. */
    public List<Consent> ofChild(FamilyChild child) {
        return repository.forChild(child.childId()).stream()
                .filter(c -> ConsentRequests.sees(child, c.givenBy())).toList();
    }

    /**
     * Every consent request the member sees, newest first: which service asked whom, for what and when, what it asked
     * to share with whom, and who has answered how and when. Three statements however many requests and answers.
     */
    public List<ConsentRequest> requestsOf(FamilyChild child) {
        return requests.forChild(child.childId()).stream()
                .filter(r -> ConsentRequests.sees(child, r.givenBy())).toList();
    }
}
