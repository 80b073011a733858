package no.laget.access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.access.internal.AccessLog;
import no.laget.access.internal.AccessLogEntry;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.time.Oslo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The door for the family (docs/decisions.md "The family's door"): a guardian with parental responsibility sees a
 * child under 18 unless child welfare has taken over care; the young person sees their own data from the consent age
 * until 25 (aftercare). The family reads every category but child welfare's own (which child welfare answers for) and
 * writes only what the family gives: consent answers (BASIC) and its own words in the relay log (RELAY_LOG). Every
 * decision, allowed or refused, is appended to the same access log as the employees' door, with the family member as
 * the actor.
 */
@Service
public class FamilyDoor {

    private static final Set<InformationCategory> READS = EnumSet.complementOf(EnumSet.of(InformationCategory.CHILD_WELFARE));
    private static final Set<InformationCategory> WRITES = EnumSet.of(InformationCategory.BASIC, InformationCategory.RELAY_LOG);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog log;
    private final int consentAge;

    FamilyDoor(JdbcClient jdbc, Clock clock, AccessLog log, @Value("${laget.consent.age:16}") int consentAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
        this.consentAge = consentAge;
    }

    /** The children the member may open today, in one statement; each listed child is logged as read (BASIC). */
    public List<FamilyChild> children(FamilyMember member) {
        OffsetDateTime at = now();
        List<FamilyChild> children = related(member, null, today(at));
        log.append(children.stream().map(child -> AccessLogEntry.ofFamily(member, child.relation().name(),
                child.childId(), InformationCategory.BASIC, AccessedObject.of("family-children"), Action.READ,
                allowed(child), at)).toList());
        return children;
    }

    /**
     * Allows the member to read or write one category of one child, logged; throws {@link FamilyAccessRefusedException}
     * (logged first) when refused, the same for another family's child as for a child that does not exist.
     */
    public FamilyChild require(FamilyMember member, long childId, InformationCategory category, Action action,
            AccessedObject object) {
        OffsetDateTime at = now();
        Optional<FamilyChild> child = related(member, childId, today(at)).stream().findFirst();
        Decision decision = child.map(c -> decide(c, category, action)).orElse(Decision.deny(Reason.FAMILY_NOT_ENTITLED));
        log.append(List.of(AccessLogEntry.ofFamily(member, child.map(c -> c.relation().name()).orElse("NONE"), childId,
                category, object, action, decision, at)));
        if (!decision.allowed()) {
            throw new FamilyAccessRefusedException(decision.reason());
        }
        return child.orElseThrow();
    }

    /** Whether the member could do this, without logging: for showing a button only to those who may use it. */
    public boolean permits(FamilyMember member, long childId, InformationCategory category, Action action) {
        return related(member, childId, today(now())).stream().findFirst()
                .map(c -> decide(c, category, action).allowed()).orElse(false);
    }

    /**
     * The identity numbers of everyone this door would let do this with the child today: the guardians with parental
     * responsibility and the young person, by the same rules as {@link #require}. Not logged: it opens nothing and
     * reads nothing about the child; the family's e-mail notices use it to know whom to tell that something waits
     * behind their login, where {@link #require} then decides and logs as always.
     */
    public java.util.Set<String> identityNumbersAllowed(long childId, InformationCategory category, Action action) {
        LocalDate today = today(now());
        java.util.Set<String> numbers = new java.util.HashSet<>();
        jdbc.sql("""
                select c.id, c.given_name, c.family_name, c.birth_date, c.child_welfare_has_care,
                       'YOUNG_PERSON' as relation, c.identity_number as pid
                  from child c
                 where c.id = :childId and c.identity_number is not null and c.birth_date is not null
                   and c.birth_date <= :today
                   and extract(year from age(:today, c.birth_date)) between :consentAge and 24
                union all
                select c.id, c.given_name, c.family_name, c.birth_date, c.child_welfare_has_care,
                       'GUARDIAN', g.identity_number
                  from child c join guardian g on g.child_id = c.id
                 where c.id = :childId and c.birth_date is not null and c.birth_date <= :today
                   and extract(year from age(:today, c.birth_date)) < 18
                   and g.identity_number is not null and g.parental_responsibility""")
                .param("childId", childId)
                .param("today", Date.valueOf(today))
                .param("consentAge", consentAge)
                .query(rs -> {
                    FamilyChild child = new FamilyChild(rs.getLong("id"), rs.getString("given_name"),
                            rs.getString("family_name"), rs.getDate("birth_date").toLocalDate(),
                            FamilyRelation.valueOf(rs.getString("relation")), rs.getBoolean("child_welfare_has_care"));
                    if (decide(child, category, action).allowed()) {
                        numbers.add(rs.getString("pid"));
                    }
                });
        return numbers;
    }

    public int consentAge() {
        return consentAge;
    }

    private static Decision decide(FamilyChild child, InformationCategory category, Action action) {
        if (child.relation() == FamilyRelation.GUARDIAN && child.childWelfareHasCare()
                && !(category == InformationCategory.BASIC && action == Action.READ)) {
            return Decision.deny(Reason.CHILD_WELFARE_HAS_CARE); // the child's name, and that child welfare answers
        }
        boolean may = switch (action) {
            case READ -> READS.contains(category);
            case WRITE -> WRITES.contains(category);
            default -> false;
        };
        return may ? allowed(child) : Decision.deny(Reason.FAMILY_NOT_ENTITLED);
    }

    private static Decision allowed(FamilyChild child) {
        return Decision.allow(Basis.FAMILY, null, null);
    }

    /**
     * Ages in whole years on the day in Oslo, as {@code Child.ageOn} counts them (someone born on 29 February turns a
     * year older on 1 March in other years). Children without a birth date are not shown: the rules hang on age.
     */
    private List<FamilyChild> related(FamilyMember member, Long childId, LocalDate today) {
        return jdbc.sql("""
                select c.id, c.given_name, c.family_name, c.birth_date, c.child_welfare_has_care,
                       case when c.identity_number = :pid then 'YOUNG_PERSON' else 'GUARDIAN' end as relation
                  from child c
                 where c.birth_date is not null and c.birth_date <= :today
                   and (cast(:childId as bigint) is null or c.id = :childId)
                   and ((c.identity_number = :pid
                         and extract(year from age(:today, c.birth_date)) between :consentAge and 24)
                     or (extract(year from age(:today, c.birth_date)) < 18
                         and exists (select 1 from guardian g
                                      where g.child_id = c.id and g.identity_number = :pid and g.parental_responsibility)))
                 order by c.birth_date, c.id""")
                .param("pid", member.identityNumber())
                .param("today", Date.valueOf(today))
                .param("childId", childId)
                .param("consentAge", consentAge)
                .query((rs, row) -> new FamilyChild(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getDate("birth_date").toLocalDate(),
                        FamilyRelation.valueOf(rs.getString("relation")), rs.getBoolean("child_welfare_has_care")))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static LocalDate today(OffsetDateTime at) {
        return at.atZoneSameInstant(Oslo.ZONE).toLocalDate();
    }
}
