package no.laget.emergency.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The emergency card tables (migration V50). Each list is one statement, names joined in. */
@Repository
public class EmergencyRepository {

    private static final String CARD = """
            select k.id, k.name, k.child_welfare_unit_id, cw.name as cw_name, k.nav_unit_id, nu.name as nav_name,
                   coalesce((select sum(t.amount) from nav_emergency_topup t where t.card_id = k.id), 0)
                 - coalesce((select sum(x.amount) from nav_emergency_use x where x.card_id = k.id), 0) as balance
              from nav_emergency_card k
              join unit cw on cw.id = k.child_welfare_unit_id
              join unit nu on nu.id = k.nav_unit_id
            """;

    private static final String USE = """
            select x.*, r.display_name as recorded_by_name, d.display_name as decided_by_name
              from nav_emergency_use x
              join employee r on r.id = x.recorded_by
              left join employee d on d.id = x.decided_by
            """;

    private final JdbcClient jdbc;

    EmergencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cards the unit is a party to, as child welfare or as NAV. */
    public List<EmergencyCard> cardsOf(long unitId) {
        return jdbc.sql(CARD + " where k.child_welfare_unit_id = ? or k.nav_unit_id = ? order by k.name, k.id")
                .params(unitId, unitId).query(EmergencyRepository::card).list();
    }

    public Optional<EmergencyCard> card(long id) {
        return jdbc.sql(CARD + " where k.id = ?").param(id).query(EmergencyRepository::card).optional();
    }

    public long insertCard(String name, long childWelfareUnitId, long navUnitId, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_emergency_card (name, child_welfare_unit_id, nav_unit_id, created_at)
                values (?, ?, ?, ?) returning id""")
                .params(name, childWelfareUnitId, navUnitId, now).query(Long.class).single();
    }

    public boolean cardExists(long childWelfareUnitId, long navUnitId) {
        return jdbc.sql("select count(*) from nav_emergency_card where child_welfare_unit_id = ? and nav_unit_id = ?")
                .params(childWelfareUnitId, navUnitId).query(Integer.class).single() > 0;
    }

    public List<EmergencyUse> uses(long cardId, Function<LocalDate, LocalDate> decisionDue) {
        return jdbc.sql(USE + " where x.card_id = ? order by x.used_on desc, x.id desc").param(cardId)
                .query((rs, row) -> use(rs, decisionDue)).list();
    }

    public Optional<EmergencyUse> use(long id, Function<LocalDate, LocalDate> decisionDue) {
        return jdbc.sql(USE + " where x.id = ?").param(id).query((rs, row) -> use(rs, decisionDue)).optional();
    }

    public long insertUse(long cardId, LocalDate usedOn, String recipientRef, String purpose, BigDecimal amount,
            String receiptRef, LocalDate informedOn, long recordedBy, OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_emergency_use (card_id, used_on, recipient_ref, purpose, amount, receipt_ref,
                                               nav_informed_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(cardId, usedOn, recipientRef, purpose, amount, receiptRef, informedOn, recordedBy, now)
                .query(Long.class).single();
    }

    public void informed(long useId, LocalDate informedOn) {
        jdbc.sql("update nav_emergency_use set nav_informed_on = ? where id = ?").params(informedOn, useId).update();
    }

    public void decide(long useId, EmergencyDecision decision, LocalDate decidedOn, String note, long decidedBy,
            OffsetDateTime now) {
        jdbc.sql("""
                update nav_emergency_use
                   set decision = ?, decided_on = ?, decision_note = ?, decided_by = ?, decision_recorded_at = ?
                 where id = ?""")
                .params(decision.name(), decidedOn, note, decidedBy, now, useId).update();
    }

    public List<EmergencyTopUp> topUps(long cardId) {
        return jdbc.sql("""
                select t.*, e.display_name as recorded_by_name
                  from nav_emergency_topup t join employee e on e.id = t.recorded_by
                 where t.card_id = ? order by t.topped_up_on desc, t.id desc""")
                .param(cardId)
                .query((rs, row) -> new EmergencyTopUp(rs.getLong("id"), rs.getLong("card_id"),
                        rs.getDate("topped_up_on").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("note"),
                        rs.getString("recorded_by_name")))
                .list();
    }

    public long insertTopUp(long cardId, LocalDate on, BigDecimal amount, String note, long recordedBy,
            OffsetDateTime now) {
        return jdbc.sql("""
                insert into nav_emergency_topup (card_id, topped_up_on, amount, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(cardId, on, amount, note, recordedBy, now).query(Long.class).single();
    }

    private static EmergencyCard card(ResultSet rs, int row) throws SQLException {
        return new EmergencyCard(rs.getLong("id"), rs.getString("name"), rs.getLong("child_welfare_unit_id"),
                rs.getString("cw_name"), rs.getLong("nav_unit_id"), rs.getString("nav_name"),
                rs.getBigDecimal("balance"));
    }

    private static EmergencyUse use(ResultSet rs, Function<LocalDate, LocalDate> decisionDue) throws SQLException {
        LocalDate usedOn = rs.getDate("used_on").toLocalDate();
        String decision = rs.getString("decision");
        return new EmergencyUse(rs.getLong("id"), rs.getLong("card_id"), usedOn, rs.getString("recipient_ref"),
                rs.getString("purpose"), rs.getBigDecimal("amount"), rs.getString("receipt_ref"),
                date(rs, "nav_informed_on"), rs.getString("recorded_by_name"),
                decision == null ? null : EmergencyDecision.valueOf(decision), date(rs, "decided_on"),
                rs.getString("decision_note"), rs.getString("decided_by_name"), decisionDue.apply(usedOn));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
