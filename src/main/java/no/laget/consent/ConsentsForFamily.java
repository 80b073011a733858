package no.laget.consent;

import java.util.List;

import no.laget.consent.internal.ConsentRepository;

import org.springframework.stereotype.Service;

/**
 * Every consent and refusal of a child with its grants, newest first, in two statements, for the family's own download
 * (innsyn). <strong>Reads without an employee: the caller has decided access through {@code access.FamilyDoor}</strong>
 * (category BASIC: consent answers are the family's own).
 */
@Service
public class ConsentsForFamily {

    private final ConsentRepository repository;

    ConsentsForFamily(ConsentRepository repository) {
        this.repository = repository;
    }

    public List<Consent> ofChild(long childId) {
        return repository.forChild(childId);
    }
}
