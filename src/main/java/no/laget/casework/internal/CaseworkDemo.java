package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.child.IdentityNumber;
import no.laget.consent.GivenBy;
import no.laget.consent.HowGiven;
import no.laget.consent.RecordConsent;
import no.laget.consent.Consents;
import no.laget.interest.BestInterestForm;
import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: five made-up children with concerns and cases at every level, so that ansatt, leder,
 * helsesykepleier, laerer and ppt find realistic work. Made through the same services as real work, after the demo
 * children (order 10), once: nothing is added when any concern exists.
 */
@Component
class CaseworkDemo {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemo.class);

    private final LagetProperties properties;
    private final Children children;
    private final Consents consents;
    private final Concerns concerns;
    private final Cases cases;
    private final RelayLog relayLog;
    private final Handovers handovers;
    private final Participants participants;
    private final AnonymousDiscussions discussions;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final no.laget.casework.internal.Meetings meetings;

    CaseworkDemo(LagetProperties properties, Children children, Consents consents, Concerns concerns, Cases cases,
            RelayLog relayLog, Handovers handovers, Participants participants, AnonymousDiscussions discussions, UserDetailsService accounts, JdbcClient jdbc,
            Clock clock, no.laget.casework.internal.Meetings meetings) {
        this.meetings = meetings;
        this.properties = properties;
        this.children = children;
        this.consents = consents;
        this.concerns = concerns;
        this.cases = cases;
        this.relayLog = relayLog;
        this.handovers = handovers;
        this.participants = participants;
        this.discussions = discussions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (!properties.demo() || jdbc.sql("select exists (select 1 from concern)").query(Boolean.class).single()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        SignedInUser ansatt = user("ansatt");
        SignedInUser leder = user("leder");
        SignedInUser nurse = user("helsesykepleier");
        SignedInUser teacher = user("laerer");
        SignedInUser ppt = user("ppt");

        // Level 0: a concern the kindergarten is still wondering about, shared with the leader.
        long oskar = child(ansatt, "Oskar", "Påfunnsen", LocalDate.of(2020, 6, 3), 611, "Tove Påfunnsen");
        long oskarConcern = concerns.write(ansatt, oskar, new ConcernForm(today.minusDays(4).toString(),
                "Oskar har de siste to ukene sittet alene i utetiden og sier lite i samlingsstund. "
                        + "Han gråt ved levering tre morgener på rad.", null, null).toCommand());
        concerns.recordStep(ansatt, oskarConcern, new StepForm("SHARED", today.minusDays(2).toString(),
                "Drøftet med styrer").toCommand());

        // Level 0 with suspicion of harm: the guide leads to a report to child welfare.
        long ella = child(leder, "Ella", "Tenktsen", LocalDate.of(2020, 2, 17), 623, "Rune Tenktsen");
        concerns.write(leder, ella, new ConcernForm(today.minusDays(1).toString(),
                "Ella hadde blåmerker på begge overarmene og sa at «pappa ble sint».", "true", null).toCommand());

        // Level 1: the concern led to measures in the kindergarten.
        long liam = child(ansatt, "Liam", "Fantasisen", LocalDate.of(2019, 10, 21), 637, "Siri Fantasisen");
        consent(ansatt, liam, List.of(ansatt.unitId()), today.minusDays(10));
        long liamConcern = concerns.write(ansatt, liam, new ConcernForm(today.minusDays(20).toString(),
                "Liam bruker få ord og blir frustrert når de andre ikke forstår ham.", null, null).toCommand());
        concerns.recordStep(ansatt, liamConcern, new StepForm("SHARED", today.minusDays(18).toString(), "").toCommand());
        concerns.recordStep(ansatt, liamConcern, new StepForm("TALKED_WITH_CHILD", today.minusDays(15).toString(), "").toCommand());
        concerns.recordStep(ansatt, liamConcern, new StepForm("TALKED_WITH_PARENTS", today.minusDays(12).toString(),
                "Mor kjenner seg igjen").toCommand());
        concerns.decide(ansatt, liamConcern, new DecisionForm("LEVEL_1", "Språktiltak i barnehagen", "0").toCommand());
        long liamCase = cases.open(ansatt, liam, new CaseForms.Open("1", String.valueOf(ansatt.employeeId()),
                "Liam gjør seg forstått i lek med andre barn", String.valueOf(liamConcern)).toCommand());
        relayLog.addMeasure(ansatt, liamCase, new CaseForms.Measure("Språkgruppe med fire barn to ganger i uka",
                "employee:" + ansatt.employeeId(), today.minusDays(9).toString(), today.plusDays(5).toString(), null).toCommand());
        relayLog.addMeasure(ansatt, liamCase, new CaseForms.Measure("Foreldrene leser bildebøker med Liam hver kveld",
                "unit:" + ansatt.unitId(), today.minusDays(9).toString(), today.plusDays(30).toString(), null).toCommand());

        // Level 2: the school and the health station together.
        long nora = child(teacher, "Nora", "Innbilt", LocalDate.of(2016, 4, 9), 645, "Kari Innbilt");
        consent(teacher, nora, List.of(teacher.unitId(), nurse.unitId()), today.minusDays(40));
        long noraCase = cases.open(teacher, nora, new CaseForms.Open("1", String.valueOf(teacher.employeeId()),
                "Nora er på skolen hver dag og trives i friminuttene", "").toCommand());
        long noraMeasure = relayLog.addMeasure(teacher, noraCase, new CaseForms.Measure("Fast voksen møter Nora i døra om morgenen",
                "employee:" + teacher.employeeId(), today.minusDays(35).toString(), today.minusDays(7).toString(), null).toCommand());
        relayLog.evaluate(teacher, noraCase, new CaseForms.Evaluation(String.valueOf(noraMeasure), "UNCHANGED",
                "Fraværet er omtrent som før, men morgenene går roligere.", "Nora sier hun har vondt i magen om morgenen.",
                today.minusDays(6).toString(), today.plusDays(21).toString()).toCommand());
        cases.changeLevel(teacher, noraCase, new CaseForms.Level("2", "Magesmerter og fravær: trenger helsesykepleier", "0",
                new BestInterestForm("YES", "Nora vil gjerne snakke med helsesykepleier, men ikke at hele klassen vet det.",
                        "Samtale med kontaktlærer på grupperommet, med mor til stede.",
                        "", "Noras ønske om å slippe å bli lagt merke til er vektlagt: timene legges til første time.",
                        "Å fortsette på nivå 1 med bare skolen; lege først.",
                        "Helsesykepleier kobles inn, i timer Nora har valgt selv.")).toCommand());
        participants.add(teacher, noraCase, new CaseForms.Participant(String.valueOf(nurse.unitId()),
                String.valueOf(nurse.employeeId()), "Samtaler med Nora om magesmerter og søvn").toCommand());
        relayLog.addMeasure(teacher, noraCase, new CaseForms.Measure("Samtale hos helsesykepleier hver fjortende dag",
                "employee:" + nurse.employeeId(), today.minusDays(5).toString(), today.plusDays(25).toString(), null).toCommand());
        // A meeting with the health visitor by name (she gets the invitation by e-mail when e-mail is on) and the family.
        meetings.plan(teacher, noraCase, new CaseForms.Meeting(today.plusDays(8).toString(), "08:30", "09:15",
                "Gimle skole, møterom 2", "", "Hvordan går det med magesmerter og fravær?", List.of(),
                List.of("unit:" + teacher.unitId(), "employee:" + nurse.employeeId()), "Kari Innbilt", "Mor", "Nora", "Eleven", "", "").toCommand());

        // Level 3: school, PPT and the health station; the relay is offered to PPT.
        long jakob = child(teacher, "Jakob", "Drømmesen", LocalDate.of(2013, 1, 28), 659, "Anders Drømmesen");
        consent(teacher, jakob, List.of(teacher.unitId(), ppt.unitId(), nurse.unitId()), today.minusDays(60));
        long jakobCase = cases.open(teacher, jakob, new CaseForms.Open("2", String.valueOf(teacher.employeeId()),
                "Jakob får undervisning han mestrer og kommer seg gjennom skoledagen uten konflikter", "",
                new BestInterestForm("YES", "Jakob sier at han gruer seg til skolen og vil ha noen å snakke med.",
                        "Samtale med kontaktlærer etter skoletid, med far til stede.",
                        "", "Jakobs ønske om en fast voksen er vektlagt, og at han slipper å bytte klasse.",
                        "Å bli på nivå 1 med bare tiltak i klassen.",
                        "Saken starter på nivå 2 med skolen og PPT.")).toCommand());
        participants.add(teacher, jakobCase, new CaseForms.Participant(String.valueOf(ppt.unitId()),
                String.valueOf(ppt.employeeId()), "Sakkyndig vurdering").toCommand());
        cases.changeLevel(teacher, jakobCase, new CaseForms.Level("3", "Trenger også helsestasjonen og vurdering fra PPT", "0",
                new BestInterestForm("YES", "Jakob sier det blir for mye bråk i klassen og at han vil ha et sted å gå.",
                        "Samtale med kontaktlærer og PPT-rådgiver, med tegning av skoledagen.",
                        "", "Jakob er 13 år, og hans mening har stor vekt: pauserommet var hans forslag.",
                        "Bare tiltak i skolen; vente på sakkyndig vurdering før helsestasjonen kobles inn.",
                        "Bredt samarbeid på nivå 3 med skole, PPT og helsestasjon.")).toCommand());
        participants.add(teacher, jakobCase, new CaseForms.Participant(String.valueOf(nurse.unitId()), "",
                "Oppfølging av søvn").toCommand());
        relayLog.addMeasure(teacher, jakobCase, new CaseForms.Measure("Sakkyndig vurdering av behov for spesialundervisning",
                "employee:" + ppt.employeeId(), today.minusDays(20).toString(), today.plusDays(40).toString(), null).toCommand());
        relayLog.addMeasure(teacher, jakobCase, new CaseForms.Measure("Pauserom med avtalt voksen når det blir for mye",
                "unit:" + teacher.unitId(), today.minusDays(20).toString(), today.plusDays(10).toString(), null).toCommand());
        handovers.offer(teacher, jakobCase, new CaseForms.Handover(String.valueOf(ppt.employeeId()),
                "PPT leder arbeidet videre med utredningen",
                new BestInterestForm("YES", "Jakob synes det er greit at PPT-rådgiveren han kjenner, tar over.",
                        "Samtale med Jakob og far sammen med PPT-rådgiver.",
                        "", "Det er lagt vekt på at Jakob kjenner og stoler på den som tar over.",
                        "At skolen beholder stafetten til utredningen er ferdig.",
                        "PPT tilbys stafetten.")).toCommand());

        discussions.record(ansatt, new AnonymousDiscussionForm(today.minusDays(3).toString(),
                "Pedagogisk leder, barnehage; saksbehandler, barneverntjenesten",
                "En gutt på fire år forteller om mye krangling hjemme og virker redd når han blir hentet.",
                "Følg med og skriv ned det du ser. Snakk med gutten. Meld bekymring hvis han forteller om vold.").toCommand());
        discussions.record(teacher, new AnonymousDiscussionForm(today.minusDays(8).toString(),
                "Kontaktlærer; helsesykepleier", "En elev på mellomtrinnet har mye fravær på mandager.",
                "Kartlegg fraværet, snakk med eleven, inviter foreldrene til samtale.").toCommand());
        log.info("Demo casework created: 5 children, 5 concerns and cases");
    }

    // Seeds stay below 750: ./laget dataset counts its numbers down from 999, and at 1.1 million children reaches 798
    // on some dates; a demo child with the same number became the data set's child and stopped the demo's start.
    private long child(SignedInUser user, String given, String family, LocalDate born, int seed, String guardian) {
        long child = children.register(user, ChildForm.withNumber(IdentityNumber.syntheticFor(born, seed).value(), given,
                family, born.toString(), "", born.plusYears(1).toString(), "Barnet går hos oss (demodata)")).servedChild();
        children.addGuardian(user, child, new GuardianForm(guardian, "", "", "", "true"));
        return child;
    }

    /** Written consent from the guardians to share the relay log and basic data with the units, for a year. */
    private void consent(SignedInUser user, long child, List<Long> units, LocalDate from) {
        List<Long> guardians = children.guardians(user, child).stream().map(g -> g.id()).toList();
        consents.record(user, child, new RecordConsent(GivenBy.GUARDIANS, guardians, HowGiven.WRITTEN, null,
                "Samarbeid i stafettlogg etter BTI-modellen",
                List.of(InformationCategory.BASIC, InformationCategory.RELAY_LOG), units, List.of(), from,
                from.plusYears(1), false));
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
