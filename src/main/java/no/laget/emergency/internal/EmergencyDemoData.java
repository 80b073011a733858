package no.laget.emergency.internal;

import java.math.BigDecimal;

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
 * Demo mode: Halden's emergency card (for the demo child welfare user's unit) with NAV's first top-up, made through
 * the service as the demo users would, once (when no card exists yet). Runs after the demo children.
 */
@Component
class EmergencyDemoData {

    private static final Logger log = LoggerFactory.getLogger(EmergencyDemoData.class);

    private final LagetProperties properties;
    private final EmergencyLedger ledger;
    private final EmergencyRepository cards;
    private final UserDetailsService accounts;

    EmergencyDemoData(LagetProperties properties, EmergencyLedger ledger, EmergencyRepository cards,
            UserDetailsService accounts) {
        this.properties = properties;
        this.ledger = ledger;
        this.cards = cards;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (!properties.demo()) {
            return;
        }
        SignedInUser nav = user("nav");
        if (!cards.cardsOf(nav.unitId()).isEmpty()) {
            return;
        }
        long card = ledger.openCard(nav, new OpenCard("Kronekort barneverntjenesten", user("barnevern").unitId()));
        ledger.topUp(nav, card, new TopUp(ledger.today().minusDays(14), new BigDecimal("6000"), "Nytt kort"));
        log.info("Demo emergency card created");
    }

    private SignedInUser user(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }
}
