package no.laget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.laget.access.InformationCategory;
import no.laget.child.Children;
import no.laget.child.IdentityNumber;
import no.laget.child.ChildForm;
import no.laget.child.GuardianForm;
import no.laget.consent.Consents;
import no.laget.consent.GivenBy;
import no.laget.consent.HowGiven;
import no.laget.consent.RecordConsent;
import no.laget.consent.RequestConsent;
import no.laget.consent.ConsentRequests;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Oslo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Three made-up children with guardians and consents in different states, and a consent request waiting for Noah's
 * mother. Synthetic numbers only; the guardians have
 * numbers too, so the family's door can be tried in the demo.
 */
@Component
class DemoChildren {

    private static final Logger log = LoggerFactory.getLogger(DemoChildren.class);

    private final LagetProperties properties;
    private final Children children;
    private final Consents consents;
    private final ConsentRequests requests;
    private final Organisation organisation;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoChildren(LagetProperties properties, Children children, Consents consents, ConsentRequests requests,
            Organisation organisation, UserDetailsService accounts, Clock clock) {
        this.properties = properties;
        this.children = children;
        this.consents = consents;
        this.requests = requests;
        this.organisation = organisation;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seed() {
        if (!properties.demo() || !children.noneRegistered()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));

        LocalDate emmaBorn = LocalDate.of(2019, 3, 12);
        String emmaNumber = IdentityNumber.syntheticFor(emmaBorn, 512).value();
        long emma = children.register(user("helsesykepleier"), ChildForm.withNumber(emmaNumber, "Emma", "Fiktivsen",
                emmaBorn.toString(), "Demoveien 1, 1771 Halden", "2019-03-20", "Nyfødtbesøk og helsekontroller")).servedChild();
        // The kindergarten registers Emma too: a claim that its leader reviews before the kindergarten sees her.
        children.register(user("ansatt"), ChildForm.withNumber(emmaNumber, "Emma", "Fiktivsen", emmaBorn.toString(), "",
                "2020-08-15", "Fikk plass i Brekkerød barnehage fra august 2020"));
        children.pendingClaims(user("leder")).stream().findFirst()
                .ifPresent(claim -> children.acceptClaim(user("leder"), claim.id()));
        long maria = children.addGuardian(user("ansatt"), emma, new GuardianForm("Maria Fiktivsen", guardian(1987, 6, 14, 120), "900 00 001", "", "true"));
        long jonas = children.addGuardian(user("ansatt"), emma, new GuardianForm("Jonas Fiktivsen", guardian(1985, 2, 3, 215), "", "", "true"));
        consents.record(user("ansatt"), emma, new RecordConsent(GivenBy.GUARDIANS, List.of(maria, jonas),
                HowGiven.WRITTEN, "Emma sier hun liker å være med i lekegruppa.",
                "Vurdering av språkutvikling før skolestart",
                List.of(InformationCategory.BASIC, InformationCategory.EDUCATION, InformationCategory.HEALTH),
                List.of(unit("PPT, Familiens hus")), List.of(), today.minusDays(30), today.plusDays(335), false));

        LocalDate noahBorn = LocalDate.of(2015, 9, 1);
        long noah = children.register(user("laerer"), ChildForm.withNumber(IdentityNumber.syntheticFor(noahBorn, 604).value(),
                "Noah", "Diktesen", noahBorn.toString(), "Eksempelgata 7, 1776 Halden", "2021-08-16",
                "Elev ved Gimle skole")).servedChild();
        long aisha = children.addGuardian(user("laerer"), noah, new GuardianForm("Aisha Diktesen", guardian(1983, 10, 21, 330), "", "", "true"));
        children.addGuardian(user("laerer"), noah, new GuardianForm("Per Diktesen", guardian(1981, 4, 9, 44), "", "", "false"));
        consents.record(user("laerer"), noah, new RecordConsent(GivenBy.GUARDIANS, List.of(aisha), HowGiven.ORAL, null,
                "Oppfølging av helse og trivsel på skolen",
                List.of(InformationCategory.BASIC, InformationCategory.EDUCATION),
                List.of(unit("Helsestasjonen, Familiens hus")), List.of(), today.minusDays(400), today.minusDays(35),
                false));
        // Gimle skole asks in Laget: the relay log to the school for six months. It waits on Aisha's page (the only one
        // with parental responsibility), so a demo user sees a request to answer at /familie with 21908333028.
        requests.request(user("laerer"), noah, new RequestConsent(GivenBy.GUARDIANS,
                "Samarbeid med helsestasjonen om Noahs trivsel på skolen", List.of(InformationCategory.RELAY_LOG),
                List.of(unit("Gimle skole")), List.of(), today, today.plusMonths(6)));

        LocalDate saraBorn = LocalDate.of(2009, 11, 5);
        long sara = children.register(user("barnevern"), ChildForm.withNumber(IdentityNumber.syntheticFor(saraBorn, 733).value(),
                "Sara", "Oppdiktsdatter", saraBorn.toString(), "", "2024-01-10", "Undersøkelse etter bekymringsmelding"))
                .servedChild();
        long line = children.addGuardian(user("barnevern"), sara, new GuardianForm("Line Oppdiktsdatter", guardian(1979, 12, 1, 408), "", "", "true"));
        consents.record(user("barnevern"), sara, new RecordConsent(GivenBy.GUARDIANS, List.of(line), HowGiven.ORAL,
                "Sara vil ikke at skolen skal vite om dette.", "Samarbeid med NAV om overgang til videregående",
                List.of(InformationCategory.BASIC, InformationCategory.CHILD_WELFARE),
                List.of(unit("NAV Halden-Aremark")), List.of(), today, today.plusDays(180), true));
        log.info("Demo children created: 3");
    }

    /**
     * A guardian's synthetic number, the one typed into the demo's ID-porten to log in as them (README.md lists them):
     * Maria 14868712059, Jonas 03828521569, Aisha 21908333028, Per 09848104520 (no parental responsibility: sees
     * nothing), Line 01927940988. Sara (born 2009) logs in as the young person with her own, 05910973306.
     */
    private static String guardian(int year, int month, int day, int seed) {
        return IdentityNumber.syntheticFor(LocalDate.of(year, month, day), seed).value();
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private long unit(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().map(Unit::id).orElseThrow();
    }
}
