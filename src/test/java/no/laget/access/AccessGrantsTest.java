package no.laget.access;

import java.time.LocalDate;

import no.laget.consent.Consents;
import no.laget.consent.internal.WithdrawalForm;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LagetTest
class AccessGrantsTest {

    @Autowired AccessDoor door;
    @Autowired AccessGrants grants;
    @Autowired ChildFixtures fixtures;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private static final AccessedObject TEST = AccessedObject.of("test");

    @Test
    void a_case_participant_writes_the_relay_log_only_while_the_consent_behind_the_grant_lives() {
        long child = fixtures.childOf("ansatt", TestChildren.familyName());
        SignedInUser teacher = fixtures.user("laerer");
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        long consent = fixtures.consent("ansatt", child, teacher.unitId(), today.minusDays(1), today.plusYears(1), "RELAY_LOG");

        assertThat(door.decide(teacher, child, InformationCategory.RELAY_LOG, Action.WRITE, TEST).allowed())
                .as("consent alone lets the school read, not write").isFalse();

        grants.grant(AccessGrants.NewGrant.underConsent(child, teacher.unitId(), InformationCategory.RELAY_LOG, true,
                consent, InformationCategory.RELAY_LOG, "test_case", 1L));
        Decision write = door.decide(teacher, child, InformationCategory.RELAY_LOG, Action.WRITE, TEST);
        assertThat(write.allowed()).isTrue();
        assertThat(write.basis()).isEqualTo(Basis.CASE_PARTICIPANT);
        assertThat(door.decide(teacher, child, InformationCategory.HEALTH, Action.WRITE, TEST).allowed())
                .as("only the granted category").isFalse();

        consents.withdraw(fixtures.user("ansatt"), consent, new WithdrawalForm("ALL", java.util.List.of(), "Foresatt").toCommand());

        assertThat(door.decide(teacher, child, InformationCategory.RELAY_LOG, Action.WRITE, TEST).allowed())
                .as("withdrawing the consent ends the participant's access").isFalse();
    }

    @Test
    void an_ended_grant_gives_nothing_and_a_personal_grant_is_not_the_whole_units() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        SignedInUser welfare = fixtures.user("barnevern");
        grants.grant(new AccessGrants.NewGrant(child, welfare.unitId(), welfare.employeeId(),
                InformationCategory.BASIC, Basis.RECEIVED_REPORT, false, null, null, "test_report", 7L));

        Decision read = door.decide(welfare, child, InformationCategory.BASIC, Action.READ, TEST);
        assertThat(read.basis()).isEqualTo(Basis.RECEIVED_REPORT);
        assertThat(door.decide(welfare, child, InformationCategory.BASIC, Action.WRITE, TEST).allowed())
                .as("a read-only grant").isFalse();

        assertThat(grants.end("test_report", 7L)).isEqualTo(1);
        assertThat(door.decide(welfare, child, InformationCategory.BASIC, Action.READ, TEST).allowed()).isFalse();
    }

    @Test
    void any_employee_may_report_to_child_welfare_without_consent_and_the_log_says_why() {
        long child = fixtures.childOf("helsesykepleier", TestChildren.familyName());
        SignedInUser teacher = fixtures.user("laerer");

        Decision report = door.decide(teacher, child, InformationCategory.CHILD_WELFARE, Action.REPORT,
                AccessedObject.of("report_of_concern"));

        assertThat(report.allowed()).isTrue();
        assertThat(report.basis()).isEqualTo(Basis.DUTY_TO_REPORT);
        assertThat(jdbc.sql("select basis from access_log where child_id = ? and action = 'REPORT'")
                .param(child).query(String.class).single()).isEqualTo("DUTY_TO_REPORT");
        assertThat(door.decide(teacher, child, InformationCategory.CHILD_WELFARE, Action.READ, TEST).allowed())
                .as("the duty to report opens no child welfare data").isFalse();
        assertThat(door.decide(fixtures.user("admin"), child, InformationCategory.CHILD_WELFARE, Action.REPORT, TEST)
                .allowed()).as("administrators see no child data").isFalse();
    }

    @Test
    void a_grant_carries_a_work_basis_only() {
        assertThatThrownBy(() -> new AccessGrants.NewGrant(1, 1, null, InformationCategory.BASIC, Basis.CONSENT,
                false, null, null, "x", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessGrants.NewGrant(1, 1, null, InformationCategory.BASIC, Basis.RECEIVED_REPORT,
                false, 5L, null, "x", 1)).as("the duty to report stands on no consent")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
