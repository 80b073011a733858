package no.laget.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.laget.child.IdentityNumber;
import no.laget.interest.BestInterestForm;
import no.laget.interest.BestInterestNote;
import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;
import no.laget.report.internal.ReportForm.ChildRow;
import no.laget.report.internal.ReportForm.GuardianRow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: three made-up reports of concern about the demo children (Noah Diktesen and Jakob Drømmesen from
 * laerer at Gimle skole, Ella Tenktsen from leder at Brekkerød barnehage), written through the report service (Fiks
 * JSON, outbox) and delivered by the delivery worker to Laget's own intake, where barnevern finds one awaiting
 * review, one reviewed with an investigation opened and one with the confirmation sent to the reporter. Runs after
 * the demo children (order 0) and the casework demo (order 10), once: nothing is added when any report exists.
 */
@Component
class ReportDemo {

    private static final Logger log = LoggerFactory.getLogger(ReportDemo.class);

    private final LagetProperties properties;
    private final ReportService reports;
    private final ReportRules rules;
    private final DeliveryWorker worker;
    private final Intake intake;
    private final ReportInboxRepository inboxes;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportDemo(LagetProperties properties, ReportService reports, ReportRules rules, DeliveryWorker worker, Intake intake,
            ReportInboxRepository inboxes, UserDetailsService accounts, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.reports = reports;
        this.rules = rules;
        this.worker = worker;
        this.intake = intake;
        this.inboxes = inboxes;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed() {
        if (!properties.demo() || jdbc.sql("select exists (select 1 from report)").query(Boolean.class).single()) {
            return;
        }
        SignedInUser teacher = user("laerer");
        SignedInUser leader = user("leder");
        SignedInUser childWelfare = user("barnevern");
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));

        long noah = reports.save(teacher, rules.read(form("Lærer Demosen", "Kontaktlærer", "laerer@halden.kommune.no", "Gimle skole",
                child(LocalDate.of(2015, 9, 1), 604, "Noah", "Diktesen", "Eksempelgata 7, 1776 Halden", null),
                new GuardianRow("Aisha Diktesen", "", "true", ""), List.of("NEGLECT_OR_MISTREATMENT"),
                "Noah kommer ofte uten matpakke og i for tynne klær. Han sovner i timene og sier at det er mye bråk hjemme om natta.",
                "Vi har sett dette siden høstferien og snakket med mor to ganger. Det har ikke blitt bedre."), today));
        long jakob = reports.save(teacher, rules.read(form("Lærer Demosen", "Kontaktlærer", "laerer@halden.kommune.no", "Gimle skole",
                child(LocalDate.of(2013, 1, 28), 659, "Jakob", "Drømmesen", "Påfunnveien 3, 1772 Halden", null),
                new GuardianRow("Anders Drømmesen", "", "true", ""), List.of("SERIOUS_BEHAVIOUR_PROBLEMS"),
                "Jakob har truet medelever med kniv i friminuttet og forteller at han er redd for å gå hjem.",
                "Saken følges i stafettloggen på nivå 3 med PPT og helsestasjonen."), today));
        long ella = reports.save(leader, rules.read(form("Styrer Demosen", "Styrer", "leder@halden.kommune.no", "Brekkerød barnehage",
                child(LocalDate.of(2020, 2, 17), 623, "Ella", "Tenktsen", "Tenkeveien 12, 1781 Halden",
                        "Faren kan bli sint på henne"),
                new GuardianRow("Rune Tenktsen", "", "false", "Mistanke om vold fra far"), List.of("NEGLECT_OR_MISTREATMENT"),
                "Ella hadde blåmerker på begge overarmene og sa at «pappa ble sint».",
                "Skrevet som undringsnotat med mistanke om vold; styrer melder straks."), today));

        deliver(List.of(noah, jakob, ella));
        long jakobInbox = inboxes.inboxForReport(jakob).orElseThrow().id();
        intake.review(childWelfare, jakobInbox, new Intake.ReviewReport(Intake.ReviewDecision.INVESTIGATION, today,
                new BestInterestNote(true, "Jakob sier han er redd for å gå hjem når far har drukket.",
                        "Samtale med Jakob på skolen, uten foreldrene til stede.", null,
                        "Jakob er 13 år; det han forteller, og at han ønsker hjelp, har stor vekt.",
                        "Å henlegge og la skolens tiltak på nivå 3 fortsette.", "Undersøkelse åpnes.", null)));
        long ellaInbox = inboxes.inboxForReport(ella).orElseThrow().id();
        intake.recordLetter(childWelfare, ellaInbox,
                new Intake.RecordLetter(Intake.LetterKind.RECEIPT, today, Intake.SentHow.EMAIL));
        log.info("Demo reports of concern created and delivered: 3");
    }

    /**
     * The worker delivers what is due; with automatic delivery on, the worker's own run after each save may hold a
     * report (skip locked), so this waits a few seconds for the inbox to have all three.
     */
    private void deliver(List<Long> ids) {
        for (int attempt = 0; attempt < 50; attempt++) {
            worker.deliverDue();
            if (ids.stream().allMatch(id -> inboxes.inboxForReport(id).isPresent())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Demo reports: not every report reached the intake");
    }

    private static ChildRow child(LocalDate born, int seed, String given, String family, String address,
            String notToldReason) {
        return new ChildRow(null, IdentityNumber.syntheticFor(born, seed).value(), null, "", given, family, address,
                notToldReason == null ? "true" : "false", notToldReason == null ? "" : notToldReason);
    }

    private static ReportForm form(String reporter, String role, String email, String unit, ChildRow child,
            GuardianRow guardian, List<String> grounds, String concern, String history) {
        return new ReportForm(reporter, role, "69 17 00 00", email, unit, "", new ArrayList<>(List.of(child)),
                new ArrayList<>(List.of(guardian)), grounds, concern, history, "", "false", "", "",
                note("Barnet fortalte selv om det som står i meldingen.", "Samtale med " + role.toLowerCase(java.util.Locale.ROOT)
                        + " på " + unit + "."));
    }

    /** A demo best-interest note: the child was heard; the rest is what any such report weighs. */
    private static BestInterestForm note(String childViews, String howHeard) {
        return new BestInterestForm("YES", childViews, howHeard, "",
                "Barnets trygghet veier tyngst; barnets ønske om at foreldrene ikke skal bli sinte er tatt med.",
                "Å følge opp videre i egen tjeneste uten å melde.", "Meldeplikten gjelder: bekymringen meldes til barnevernet.");
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
