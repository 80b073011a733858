package no.laget.casework;

import java.util.List;

import no.laget.casework.internal.CaseRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every relay case of a child, open and closed, with its whole relay log (participants, goals, measures,
 * evaluations, level changes, hand-overs, meetings and minutes), oldest first, for the family's own download
 * (innsyn). One statement for the list and a fixed number per case (a child has few cases). <strong>Reads without an
 * employee: the caller has decided access through {@code access.FamilyDoor}</strong> (category RELAY_LOG).
 */
@Service
public class CasesForFamily {

    /** More cases than any child has; a bound so the statements stay bounded. */
    public static final int MAX_CASES = 50;

    private final JdbcClient jdbc;
    private final CaseRepository repository;

    CasesForFamily(JdbcClient jdbc, CaseRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public List<RelayCase> ofChild(long childId) {
        List<Long> ids = jdbc.sql("select id from relay_case where child_id = ? order by opened_at, id limit ?")
                .params(childId, MAX_CASES).query(Long.class).list();
        return ids.stream().map(id -> repository.find(id).orElseThrow()).toList();
    }
}
