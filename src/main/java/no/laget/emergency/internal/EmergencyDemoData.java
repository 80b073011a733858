package no.laget.emergency.internal;

import no.laget.platform.time.Oslo;
import java.time.Clock;
import java.time.LocalDate;

import no.laget.access.AccessDoor;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
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
 * Demo mode: Halden's emergency card with NAV's first top-up, made through the service as the demo users would, once
 * (when no card exists yet). Runs after the demo children.
 */
@Component
class EmergencyDemoData {

    private static final Logger log = LoggerFactory.getLogger(EmergencyDemoData.class);

    private final LagetProperties properties;
    private final EmergencyLedger ledger;
    private final EmergencyRepository cards;
    private final Organisation organisation;
    private final UserDetailsService accounts;
    private final Clock clock;

    EmergencyDemoData(LagetProperties properties, EmergencyLedger ledger, EmergencyRepository cards, Organisation organisation, UserDetailsService accounts, Clock clock) {
        this.properties = properties;
        this.ledger = ledger;
        this.cards = cards;
        this.organisation = organisation;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (!properties.demo()) {
            return;
        }
        SignedInUser nav = user("nav");
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        if (!cards.cardsOf(nav.unitId()).isEmpty()) {
            return;
        }
        long card = ledger.openCard(nav, new OpenCard("Kronekort barneverntjenesten", unit("Barneverntjenesten i Halden")));
        ledger.topUp(nav, card, new TopUp(today.minusDays(14), new java.math.BigDecimal("6000"), "Nytt kort"));
        log.info("Demo emergency card created");
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private long unit(String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().map(Unit::id).orElseThrow();
    }
}
