package no.laget.consent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Basis;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.consent.internal.ConsentForm;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.laget.support.Problems.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@LagetTest
class ConsentsTest {

    @Autowired Consents consents;
    @Autowired Children children;
    @Autowired AccessDoor door;
    @Autowired ChildFixtures fixtures;
    @Autowired Organisation organisation;
    @Autowired MovableClock clock;

    SignedInUser nurse;
    SignedInUser teacher;
    long gimle;
    LocalDate today;

    @BeforeEach
    void arrange() {
        clock.reset();
        nurse = fixtures.user("helsesykepleier");
        teacher = fixtures.user("laerer");
        gimle = organisation.units().stream().filter(u -> u.name().equals("Gimle skole")).findFirst().orElseThrow().id();
        today = LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private boolean teacherMayRead(long child, InformationCategory category) {
        return door.decide(teacher, child, category, Action.READ, AccessedObject.of("test")).allowed();
    }

    private RecordConsent form(long child, String validFrom, String validTo, List<String> guardianIds, String... units) {
        return new ConsentForm("GUARDIANS", guardianIds, "WRITTEN", "", "Samarbeid", List.of("HEALTH"), List.of(units),
                List.of(), validFrom, validTo, null).toCommand();
    }

    private List<String> guardians(long child) {
        return children.guardians(nurse, child).stream().map(g -> String.valueOf(g.id())).toList();
    }

    @Test
    void a_consent_opens_exactly_the_granted_categories_to_the_named_unit() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        long consent = fixtures.consent("helsesykepleier", child, gimle, today, today.plusYears(1), "BASIC", "HEALTH");

        var decision = door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test"));
        assertThat(decision.basis()).isEqualTo(Basis.CONSENT);
        assertThat(decision.consentId()).isEqualTo(consent);
        assertThat(teacherMayRead(child, InformationCategory.BASIC)).isTrue();
        assertThat(teacherMayRead(child, InformationCategory.PPT)).isFalse();
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.WRITE, AccessedObject.of("test")).reason())
                .isEqualTo(Reason.WRITE_NEEDS_OWN_SERVICE);
    }

    @Test
    void a_withdrawal_denies_the_very_next_request() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consent = fixtures.consent("helsesykepleier", child, gimle, today, today.plusYears(1), "BASIC", "HEALTH");
        assertThat(teacherMayRead(child, InformationCategory.HEALTH)).isTrue();

        consents.withdraw(nurse, consent, new WithdrawalForm("ALL", List.of(), "Foresatt").toCommand());

        var decision = door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo(Reason.CONSENT_WITHDRAWN);
    }

    @Test
    void a_partial_withdrawal_closes_only_the_withdrawn_part() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long consentId = fixtures.consent("helsesykepleier", child, gimle, today, today.plusYears(1), "BASIC", "HEALTH");
        Consent consent = consents.get(nurse, consentId);
        long healthGrant = consent.grants().stream().filter(g -> g.category() == InformationCategory.HEALTH)
                .findFirst().orElseThrow().id();

        Consent after = consents.withdraw(nurse, consentId, new WithdrawalForm("SOME", List.of(String.valueOf(healthGrant)), "Mor").toCommand());

        assertThat(after.statusOn(today)).isEqualTo(Consent.Status.PARTLY_WITHDRAWN);
        assertThat(teacherMayRead(child, InformationCategory.HEALTH)).isFalse();
        assertThat(teacherMayRead(child, InformationCategory.BASIC)).isTrue();
    }

    @Test
    void expiry_includes_the_end_date_and_moves_with_the_clock() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        fixtures.consent("helsesykepleier", child, gimle, today.minusDays(5), today, "BASIC", "HEALTH");
        assertThat(teacherMayRead(child, InformationCategory.HEALTH)).as("the last day").isTrue();

        clock.advance(Duration.ofDays(1));

        var decision = door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test"));
        assertThat(decision.reason()).isEqualTo(Reason.CONSENT_EXPIRED);
    }

    @Test
    void a_consent_that_starts_tomorrow_opens_tomorrow() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        fixtures.consent("helsesykepleier", child, gimle, today.plusDays(1), today.plusDays(30), "BASIC", "HEALTH");
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test")).reason())
                .isEqualTo(Reason.CONSENT_NOT_YET_VALID);

        clock.advance(Duration.ofDays(1));

        assertThat(teacherMayRead(child, InformationCategory.HEALTH)).isTrue();
    }

    @Test
    void a_refusal_is_recorded_and_grants_nothing() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        consents.record(nurse, child, new ConsentForm("GUARDIANS", guardians(child), "ORAL", "Vil ikke", "Samarbeid",
                List.of("HEALTH"), List.of(String.valueOf(gimle)), List.of(), today.toString(),
                today.plusMonths(6).toString(), "true").toCommand());

        assertThat(consents.forChild(nurse, child)).singleElement()
                .satisfies(c -> assertThat(c.statusOn(today)).isEqualTo(Consent.Status.REFUSED));
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.READ, AccessedObject.of("test")).reason())
                .isEqualTo(Reason.CONSENT_REFUSED);
    }

    @Test
    void the_end_date_is_required_and_must_not_be_before_the_start() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        var missing = catchThrowableOfType(InvalidInputException.class,
                () -> consents.record(nurse, child, form(child, today.toString(), "", guardians(child), String.valueOf(gimle))));
        var backwards = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                form(child, today.toString(), today.minusDays(1).toString(), guardians(child), String.valueOf(gimle))));

        assertThat(problems(missing)).containsExactly("validTo:consent.validTo.required");
        assertThat(problems(backwards)).containsExactly("validTo:consent.validTo.before-start");
    }

    @Test
    void every_guardian_with_parental_responsibility_must_consent_and_only_they_can() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        long father = children.addGuardian(nurse, child, new GuardianForm("Far Test", "", "", "", "true"));
        long stepmother = children.addGuardian(nurse, child, new GuardianForm("Stemor Test", "", "", "", "false"));
        String mother = String.valueOf(fixtures.guardianOf("helsesykepleier", child));

        var onlyOne = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                form(child, today.toString(), today.plusDays(9).toString(), List.of(mother), String.valueOf(gimle))));
        var withoutResponsibility = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                form(child, today.toString(), today.plusDays(9).toString(),
                        List.of(mother, String.valueOf(father), String.valueOf(stepmother)), String.valueOf(gimle))));

        assertThat(problems(onlyOne)).containsExactly("guardianIds:consent.guardianIds.all-required");
        assertThat(problems(withoutResponsibility)).containsExactly("guardianIds:consent.guardianIds.no-responsibility");
    }

    @Test
    void a_grant_to_a_unit_that_does_not_exist_is_refused() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        var unknown = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                form(child, today.toString(), today.plusDays(9).toString(), guardians(child), "987654321")));

        assertThat(unknown.problems()).extracting(FieldProblem::messageKey).containsExactly("consent.receiverUnitIds.unknown");
    }

    @Test
    void the_young_person_consents_alone_only_from_the_consent_age_and_child_welfare_only_with_care() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName()); // born 2016

        var young = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                new ConsentForm("YOUNG_PERSON", List.of(), "WRITTEN", "", "Samarbeid", List.of("HEALTH"),
                        List.of(String.valueOf(gimle)), List.of(), today.toString(), today.plusDays(9).toString(), null).toCommand()));
        var welfare = catchThrowableOfType(InvalidInputException.class, () -> consents.record(nurse, child,
                new ConsentForm("CHILD_WELFARE", List.of(), "WRITTEN", "", "Samarbeid", List.of("HEALTH"),
                        List.of(String.valueOf(gimle)), List.of(), today.toString(), today.plusDays(9).toString(), null).toCommand()));

        assertThat(problems(young)).containsExactly("givenBy:consent.givenBy.too-young");
        assertThat(problems(welfare)).containsExactly("givenBy:consent.givenBy.no-care");
    }

    @Test
    void a_unit_that_does_not_serve_the_child_cannot_record_consent_for_it() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());

        var refusal = catchThrowableOfType(no.laget.access.AccessRefusedException.class, () -> consents.record(teacher,
                child, form(child, today.toString(), today.plusDays(9).toString(), List.of(), String.valueOf(gimle))));

        // the school may not even read the child, so it is told what a read would tell it, and nothing more
        assertThat(refusal.reason()).isEqualTo(Reason.NO_CONSENT);

        fixtures.consent("helsesykepleier", child, gimle, today, today.plusDays(30), "BASIC");
        var withConsent = catchThrowableOfType(no.laget.access.AccessRefusedException.class, () -> consents.record(teacher,
                child, form(child, today.toString(), today.plusDays(9).toString(), List.of(), String.valueOf(gimle))));
        assertThat(withConsent.reason()).as("reading by consent, writing needs own service")
                .isEqualTo(Reason.WRITE_NEEDS_OWN_SERVICE);
    }

    @Test
    void child_welfare_consents_once_it_has_care_and_only_child_welfare_records_care() {
        SignedInUser childWelfare = fixtures.user("barnevern");
        long child = children.register(childWelfare, no.laget.child.ChildForm.withoutNumber("NEWLY_ARRIVED",
                "Nylig flyttet hit", "Kari", TestChildren.familyName(), "2012-02-02", "", "2024-01-10", "Går hos oss"))
                .servedChild();

        var notChildWelfare = catchThrowableOfType(no.laget.access.AccessRefusedException.class,
                () -> children.setChildWelfareCare(nurse, child, true));
        children.setChildWelfareCare(childWelfare, child, true);
        long consent = consents.record(childWelfare, child, new ConsentForm("CHILD_WELFARE", List.of(), "WRITTEN", "",
                "Samarbeid om skole", List.of("BASIC"), List.of(String.valueOf(gimle)), List.of(), today.toString(),
                today.plusDays(30).toString(), null).toCommand());

        assertThat(notChildWelfare.reason()).isEqualTo(Reason.WRITE_NEEDS_OWN_SERVICE);
        assertThat(consents.get(childWelfare, consent).givenBy()).isEqualTo(GivenBy.CHILD_WELFARE);
        assertThat(teacherMayRead(child, InformationCategory.BASIC)).isTrue();
    }
}
