package no.laget.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import no.laget.access.Basis;
import no.laget.access.ListedChild;

/** A name in a list row, with the basis the door's filter found for it. */
record ListedName(ListedChild listed, String givenName, String familyName, boolean unborn) {

    static ListedName of(ResultSet rs) throws SQLException {
        return new ListedName(new ListedChild(rs.getLong("child_id"), Basis.valueOf(rs.getString("basis")),
                (Long) rs.getObject("consent_id"), (Long) rs.getObject("emergency_id")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getBoolean("unborn"));
    }
}
