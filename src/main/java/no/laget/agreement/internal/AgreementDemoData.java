package no.laget.agreement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.laget.platform.LagetProperties;
import no.laget.platform.security.SignedInUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode: Halden's child welfare-NAV cooperation agreement with two meetings, made through the service as the demo
 * users would, once (when no agreement exists yet). Runs after the demo children.
 */
@Component
class AgreementDemoData {

    private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);

    private final LagetProperties properties;
    private final Agreements agreements;
    private final AgreementRepository agreementRows;
    private final UserDetailsService accounts;

    AgreementDemoData(LagetProperties properties, Agreements agreements, AgreementRepository agreementRows,
            UserDetailsService accounts) {
        this.properties = properties;
        this.agreements = agreements;
        this.agreementRows = agreementRows;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (!properties.demo()) {
            return;
        }
        if (!agreementRows.any()) {
            seedAgreement(agreements.today());
        }
    }

    /**
     * Halden's child welfare-NAV agreement (revised 2022/2023), from the municipality's own presentation; the parties
     * are the demo users' own units.
     */
    private void seedAgreement(LocalDate today) {
        SignedInUser childWelfare = user("barnevern");
        SignedInUser nav = user("nav");
        LocalDate from = LocalDate.of(2023, 3, 1);
        LocalDate evaluation = from;
        while (!evaluation.isAfter(today)) {
            evaluation = evaluation.plusYears(1);
        }
        List<String> routines = List.of(
                "Barneverntjenesten og NAV er likeverdige, ansvarlige parter for avtalen.",
                "Samarbeidsmøte to ganger per år: barnevernleder og teamledere, NAV-leder og representant fra marked og ungdomsavdelingen.",
                "Faste møter minst fire ganger i året for anonyme drøftinger av problemstillinger.",
                "Det skrives referat fra møtene med videre planer, avtaler og konklusjoner.",
                "Møter om enkeltsaker krever samtykke eller et annet lovgrunnlag; barnet, ungdommen og foreldrene inviteres.",
                "I god tid (6 måneder) før ungdom med tiltak fra barnevernet fyller 18 år, tar barnevernet skriftlig kontakt med NAV, med ungdommens skriftlige samtykke.",
                "Kronekort: barneverntjenesten kan bruke inntil 1 500 kr per akutt nødsituasjon på vegne av NAV, informerer NAV og sender kvittering; NAV fatter vedtak og sørger for minst ca. 5 000 kr på kortet.",
                "Avtalen evalueres årlig i samarbeidsmøte; de ansatte i begge tjenester gir innspill før evalueringen.",
                "Tilstedeværelse på NAV og i barneverntjenesten to ganger per måned for drøfting og bistand.");
        long id = agreements.create(childWelfare, new CreateAgreement("Samarbeidsavtale barneverntjenesten og NAV",
                Set.of(childWelfare.unitId(), nav.unitId()), from, null, 2, 4, routines, evaluation));
        agreements.recordMeeting(childWelfare, id, new RecordMeeting(MeetingKind.COOPERATION, today.minusDays(60),
                "Gjennomgang av rutinene for overgang til voksen og bruk av kronekortet. Neste møte tar opp felles fagdag."));
        agreements.recordMeeting(nav, id, new RecordMeeting(MeetingKind.ANONYMOUS, today.minusDays(20),
                "To anonyme saker om bolig for unge voksne drøftet. Konklusjon: tidlig kontakt med boligkontoret."));
        log.info("Demo cooperation agreement created");
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
