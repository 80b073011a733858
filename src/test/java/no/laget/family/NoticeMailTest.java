package no.laget.family;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.casework.Cases;
import no.laget.consent.internal.ConsentRequestForm;
import no.laget.casework.internal.OpenCase;
import no.laget.consent.ConsentRequests;
import no.laget.family.internal.NoticeSender;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.support.ChildFixtures;
import no.laget.support.FamilyFixtures;
import no.laget.support.FamilyFixtures.Family;
import no.laget.support.LagetTest;
import no.laget.support.MovableClock;
import no.laget.support.TestChildren;
import no.laget.support.Mailbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static no.laget.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The family's e-mail notices (issue 12, "the family's e-mails"): a member saves an address on the start page, confirms
 * it with the one-use link sent to it, and then gets "Du har en ny sak å svare på i Laget" in the language they chose,
 * with no child, person or service in it, once, through a real SMTP server (GreenMail).
 */
@LagetTest
class NoticeMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern CODE = Pattern.compile("/familie/varsel/bekreft\\?kode=([A-Za-z0-9_-]{22})");

    @Autowired MockMvc mvc;
    @Autowired FamilyFixtures families;
    @Autowired ChildFixtures fixtures;
    @Autowired ConsentRequests requests;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired NoticeSender notices;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------- helpers

    /** An address no other test uses; its local part is recorded for the suite's log check (PersonalDataInLogCheck). */
    private static String address() {
        return TestChildren.familyName() + "@example.no";
    }

    private static LocalDate someBirthDate() {
        return LocalDate.of(2014, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(4 * 365));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }

    private JavaMailSenderImpl smtpSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    private int send() {
        return notices.sendWaiting(smtpSender());
    }

    private ResultActions save(String pid, String email, String language) throws Exception {
        return mvc.perform(post("/familie/varsel").with(families.as(pid)).with(csrf())
                .cookie(new Cookie("laget-sprak", language)).param("email", email));
    }

    private ResultActions confirm(String pid, String code) throws Exception {
        return mvc.perform(post("/familie/varsel/bekreft").with(families.as(pid)).with(csrf()).param("kode", code));
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text parts of the message, decoded. */
    private static String text(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder();
        collect(message.getContent(), text);
        return text.toString();
    }

    private static void collect(Object content, StringBuilder text) throws Exception {
        if (content instanceof String s) {
            text.append(s).append('\n');
        } else if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), text);
            }
        }
    }

    private static String codeIn(MimeMessage message) throws Exception {
        Matcher code = CODE.matcher(text(message));
        assertThat(code.find()).as("a confirmation link").isTrue();
        return code.group(1);
    }

    /** Saves the address in the language and confirms it with the link from the e-mail. */
    private void registerAndConfirm(String pid, String email, String language) throws Exception {
        save(pid, email, language).andExpect(redirectedUrl("/familie#varsel"));
        send();
        List<MimeMessage> confirmation = Mailbox.receivedBy(smtp, email);
        assertThat(confirmation).hasSize(1);
        confirm(pid, codeIn(confirmation.getFirst())).andExpect(redirectedUrl("/familie#varsel"));
    }

    private long ask(Family family) {
        SignedInUser teacher = fixtures.user("laerer");
        return requests.request(teacher, family.childId(), new ConsentRequestForm("GUARDIANS", "Samarbeid om skolestart",
                List.of("RELAY_LOG"), List.of(String.valueOf(teacher.unitId())), List.of(), today().toString(),
                today().plusMonths(6).toString()).toCommand());
    }

    private String startPage(String pid) throws Exception {
        return mvc.perform(get("/familie").with(families.as(pid))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> noticeStatus(String pid, String kind) {
        return jdbc.sql("""
                select n.status from family_notice n join family_member m on m.id = n.family_member_id
                 where m.identity_number = ? and n.kind = ? order by n.id""")
                .params(pid, kind).query(String.class).list();
    }

    // ---------------------------------------------------------------- the whole way, in Arabic

    @Test
    void a_guardian_saves_an_address_in_arabic_confirms_it_and_is_told_of_a_consent_request_once_without_personal_data()
            throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();

        save(family.guardianNumber(), email, "ar").andExpect(redirectedUrl("/familie#varsel"));
        assertThat(startPage(family.guardianNumber())).contains("data-notice-state", email);
        send();
        MimeMessage confirmation = Mailbox.receivedBy(smtp, email).getFirst();
        assertThat(confirmation.getSubject()).isEqualTo("أكّد عنوان بريدك الإلكتروني في Laget");
        String code = codeIn(confirmation);
        assertThat(jdbc.sql("select count(*) from family_notice_address where token_hash = ?")
                .param(code).query(Integer.class).single()).as("only the hash is stored").isZero();
        // opening the link changes nothing; the button does
        String page = mvc.perform(get("/familie/varsel/bekreft").param("kode", code).with(families.as(family.guardianNumber())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"kode\"", code);
        assertThat(confirmed(family.guardianNumber())).isFalse();
        confirm(family.guardianNumber(), code).andExpect(redirectedUrl("/familie#varsel"));
        assertThat(confirmed(family.guardianNumber())).isTrue();

        ask(family);
        assertThat(send()).isEqualTo(1);
        assertThat(send()).as("nothing is sent twice").isZero();

        List<MimeMessage> received = Mailbox.receivedBy(smtp, email);
        assertThat(received).hasSize(2);
        MimeMessage notice = received.get(1);
        assertThat(notice.getSubject()).isEqualTo("لديك أمر جديد تحتاج إلى الرد عليه في Laget");
        assertThat(notice.getHeader("Content-Language")).containsExactly("ar");
        String text = text(notice);
        assertThat(text).contains("http://localhost:8080/familie", "ID-porten", "lang=\"ar\" dir=\"rtl\"");
        String raw = raw(notice) + text;
        assertThat(raw).doesNotContain(family.childNumber()).doesNotContain(family.guardianNumber())
                .doesNotContain(fixtures.user("laerer").unitName()).doesNotContain("Ola").doesNotContain("Samarbeid");
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).containsExactly("SENT");
    }

    private boolean confirmed(String pid) {
        return jdbc.sql("""
                select coalesce(bool_or(a.confirmed_at is not null), false) from family_notice_address a
                  join family_member m on m.id = a.family_member_id where m.identity_number = ?""")
                .param(pid).query(Boolean.class).single();
    }

    @Test
    void the_notices_follow_the_language_the_member_chooses_while_logged_in() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "nb");

        mvc.perform(get("/familie/sprak").param("sprak", "uk").param("tilbake", "/familie")
                .with(families.as(family.guardianNumber()))).andExpect(redirectedUrl("/familie"));
        ask(family);
        send();

        assertThat(Mailbox.receivedBy(smtp, email).getLast().getSubject())
                .isEqualTo("У вас є нова справа, на яку потрібно відповісти в Laget");
    }

    @Test
    void saving_the_same_confirmed_address_again_keeps_it_confirmed_and_takes_the_pages_language() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "ar");

        save(family.guardianNumber(), email.toUpperCase(), "nb").andExpect(redirectedUrl("/familie#varsel"));
        ask(family);
        send();

        assertThat(confirmed(family.guardianNumber())).isTrue();
        assertThat(Mailbox.receivedBy(smtp, email.toUpperCase()).getLast().getSubject()).isEqualTo("Du har en ny sak å svare på i Laget");
    }

    // ---------------------------------------------------------------- who gets nothing

    @Test
    void an_unconfirmed_address_gets_no_notice() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        save(family.guardianNumber(), email, "nb");
        send();

        ask(family);
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).as("only the confirmation").hasSize(1);
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).isEmpty();
        assertThat(startPage(family.guardianNumber())).contains("Vi har sendt en lenke til " + email);
    }

    @Test
    void removing_the_address_stops_the_notices_even_one_already_planned() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "nb");
        ask(family);
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).containsExactly("PENDING");

        mvc.perform(post("/familie/varsel/fjern").with(families.as(family.guardianNumber())).with(csrf()))
                .andExpect(redirectedUrl("/familie#varsel"));
        send();
        ask(family);
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).as("only the confirmation").hasSize(1);
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).containsExactly("CANCELLED");
        assertThat(startPage(family.guardianNumber())).contains("Du får ikke varsler på e-post nå.")
                .doesNotContain(email);
    }

    @Test
    void a_request_answered_before_the_notice_went_out_is_not_sent() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "nb");
        long request = ask(family);

        mvc.perform(post("/familie/barn/" + family.childId() + "/samtykker/foresporsler/" + request)
                .with(families.as(family.guardianNumber())).with(csrf()).param("answer", "REFUSE"));
        send();

        assertThat(requests.stillToAnswer(request)).isEmpty();
        assertThat(Mailbox.receivedBy(smtp, email)).as("only the confirmation").hasSize(1);
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).containsExactly("CANCELLED");
    }

    @Test
    void a_guardian_without_parental_responsibility_is_not_told() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String other = families.addGuardian("laerer", family.childId(), false);
        String email = address();
        registerAndConfirm(other, email, "nb");

        ask(family);
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).as("only the confirmation").hasSize(1);
    }

    @Test
    void e_mail_switched_on_a_day_late_sends_no_old_notice() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "nb");
        ask(family);

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).as("only the confirmation").hasSize(1);
        assertThat(noticeStatus(family.guardianNumber(), "CONSENT_REQUEST")).containsExactly("CANCELLED");
    }

    // ---------------------------------------------------------------- the link

    @Test
    void the_link_works_until_the_second_before_24_hours_and_not_on_it() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);
        String email = address();
        clock.set(Instant.parse("2026-05-04T10:15:30Z"));
        save(family.guardianNumber(), email, "nb");
        Instant beforeSending = clock.instant();
        send();
        Instant afterSending = clock.instant();
        String code = codeIn(Mailbox.receivedBy(smtp, email).getFirst());
        // the clock ticks on from where it is set: the expiry is read back, and the clock set to it exactly
        Instant expires = jdbc.sql("""
                select a.token_expires_at from family_notice_address a join family_member m on m.id = a.family_member_id
                 where m.identity_number = ?""").param(family.guardianNumber())
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(expires).isBetween(beforeSending.plus(Duration.ofHours(24)), afterSending.plus(Duration.ofHours(24)));

        clock.set(expires);
        String refused = confirm(family.guardianNumber(), code).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("data-confirm-failed", "Lenken virker ikke");
        assertThat(confirmed(family.guardianNumber())).isFalse();

        clock.set(expires.minusSeconds(1));
        confirm(family.guardianNumber(), code).andExpect(redirectedUrl("/familie#varsel"));
        assertThat(confirmed(family.guardianNumber())).isTrue();
        confirm(family.guardianNumber(), code).andExpect(status().isOk()); // used: refused the second time
    }

    @Test
    void another_members_code_confirms_nothing() throws Exception {
        Family mine = families.childWithGuardian("laerer", someBirthDate(), true);
        Family theirs = families.childWithGuardian("laerer", someBirthDate(), true);
        String myEmail = address();
        save(mine.guardianNumber(), myEmail, "nb");
        save(theirs.guardianNumber(), address(), "nb");
        send();
        String myCode = codeIn(Mailbox.receivedBy(smtp, myEmail).getFirst());

        String refused = confirm(theirs.guardianNumber(), myCode).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(refused).contains("data-confirm-failed");
        assertThat(confirmed(theirs.guardianNumber())).isFalse();
        assertThat(confirmed(mine.guardianNumber())).isFalse();
        confirm(mine.guardianNumber(), myCode).andExpect(redirectedUrl("/familie#varsel"));
        assertThat(confirmed(mine.guardianNumber())).as("the code still works for its owner").isTrue();
    }

    @Test
    void a_code_with_a_nul_or_of_the_wrong_shape_is_refused_without_an_error() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);

        for (String code : List.of("abc\u0000defghijklmnopqrstu", "x", "", "a".repeat(5000))) {
            String page = confirm(family.guardianNumber(), code).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("data-confirm-failed").doesNotContain("\u0000");
        }
    }

    // ---------------------------------------------------------------- the form

    @Test
    void a_malformed_address_is_shown_again_as_typed_with_the_message_next_to_the_field() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);

        String page = save(family.guardianNumber(), "kari@eksempel", "nb").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<title>Feil: ", "id=\"email-error\"", "Skriv inn e-postadressen slik: navn@eksempel.no",
                "value=\"kari@eksempel\"", "aria-invalid=\"true\"", "data-error-summary", "href=\"#email\"");
        assertThat(confirmedOrSaved(family.guardianNumber())).isZero();
        String empty = save(family.guardianNumber(), "  ", "en").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Enter the e-mail address", "lang=\"en\"");
        String tooLong = save(family.guardianNumber(), "a".repeat(250) + "@eksempel.no", "nb").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("E-postadressen kan ha høyst 254 tegn");
        assertThat(confirmedOrSaved(family.guardianNumber())).isZero();
    }

    @Test
    void an_address_with_a_nul_is_refused_next_to_the_field_and_nothing_is_saved() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);

        String page = save(family.guardianNumber(), "kari\u0000@eksempel.no", "nb").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"email-error\"", "Vi har fjernet dem", "value=\"kari@eksempel.no\"")
                .doesNotContain("\u0000");
        assertThat(confirmedOrSaved(family.guardianNumber())).isZero();
    }

    private int confirmedOrSaved(String pid) {
        return jdbc.sql("""
                select count(*) from family_notice_address a join family_member m on m.id = a.family_member_id
                 where m.identity_number = ?""").param(pid).query(Integer.class).single();
    }

    @Test
    void the_form_needs_the_csrf_token_and_a_family_login() throws Exception {
        Family family = families.childWithGuardian("laerer", someBirthDate(), true);

        mvc.perform(post("/familie/varsel").with(families.as(family.guardianNumber())).param("email", address()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/familie/varsel").with(as(accounts, "laerer")).with(csrf()).param("email", address()))
                .andExpect(status().isForbidden());

        assertThat(confirmedOrSaved(family.guardianNumber())).isZero();
    }

    // ---------------------------------------------------------------- feedback, and two senders at once

    @Test
    void a_feedback_invitation_on_the_childs_page_is_noticed_to_the_guardian() throws Exception {
        Family family = families.childWithGuardian("ansatt", LocalDate.of(2021, 3, 3).plusDays(
                ThreadLocalRandom.current().nextInt(700)), true);
        SignedInUser ansatt = fixtures.user("ansatt");
        fixtures.consent("ansatt", family.childId(), ansatt.unitId(), today().minusDays(1), today().plusYears(1),
                "RELAY_LOG");
        long caseId = cases.open(ansatt, family.childId(), OpenCase.atLevel1(ansatt.employeeId(), "Trives i barnehagen"));
        String email = address();
        registerAndConfirm(family.guardianNumber(), email, "en");

        mvc.perform(post("/feedback").with(as(accounts, "ansatt")).with(csrf())
                        .param("unitId", String.valueOf(ansatt.unitId())).param("kind", "MEETING")
                        .param("caseId", String.valueOf(caseId)).param("toFamily", "true"))
                .andExpect(status().isOk());
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).hasSize(2);
        assertThat(Mailbox.receivedBy(smtp, email).getLast().getSubject()).isEqualTo("You have something new to answer in Laget");
        assertThat(noticeStatus(family.guardianNumber(), "FEEDBACK")).containsExactly("SENT");
    }

    @Test
    void a_guardian_asked_about_two_children_at_once_gets_one_e_mail() throws Exception {
        Family first = families.childWithGuardian("laerer", someBirthDate(), true);
        Family second = families.childWithGuardian("laerer", someBirthDate(), true);
        children.addGuardian(fixtures.user("laerer"), second.childId(),
                new GuardianForm("Foresatt Toebarn", first.guardianNumber(), "", "", "true"));
        String email = address();
        registerAndConfirm(first.guardianNumber(), email, "nb");

        ask(first);
        ask(second);
        send();

        assertThat(Mailbox.receivedBy(smtp, email)).as("the confirmation and one notice").hasSize(2);
        assertThat(noticeStatus(first.guardianNumber(), "CONSENT_REQUEST")).containsExactlyInAnyOrder("SENT", "COVERED");
    }

    @Test
    void two_senders_at_once_send_each_notice_once() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Family family = families.childWithGuardian("laerer", someBirthDate(), true);
            String email = address();
            registerAndConfirm(family.guardianNumber(), email, "nb");
            ask(family);
            emails.add(email);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> sender = () -> {
            together.await(10, TimeUnit.SECONDS);
            return send();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(sender);
            Future<Integer> second = pool.submit(sender);
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        send();

        for (String email : emails) {
            assertThat(Mailbox.receivedBy(smtp, email)).as("the confirmation and one notice").hasSize(2);
        }
    }
}
