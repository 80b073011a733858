package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ledger page: the card, its uses newest first, its top-ups, and what needs attention today. */
public record EmergencyLedgerView(EmergencyCard card, List<EmergencyUse> uses, List<EmergencyTopUp> topUps,
        LocalDate today, BigDecimal limit, BigDecimal lowBalance, boolean mayRecordUse, boolean mayDecide) {

    public boolean balanceLow() {
        return card.balance().compareTo(lowBalance) < 0;
    }

    public long overdueCount() {
        return uses.stream().filter(use -> use.overdueOn(today)).count();
    }
}
