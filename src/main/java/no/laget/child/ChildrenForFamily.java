package no.laget.child;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The child's basic data for the family's own download (innsyn, GDPR art. 15), in three statements. <strong>Reads
 * without an employee: the caller has decided access through {@code access.FamilyDoor}</strong> (category BASIC).
 * Other people's identity numbers and contact details stay out: a guardian's number, phone and e-mail are given only
 * on the row of the family member who asks ({@code memberIdentityNumber}); other guardians by name and parental
 * responsibility only. The child's own number is the child's data and is included.
 */
@Service
public class ChildrenForFamily {

    /** What Laget holds of the child's basic data; {@code servingUnits} are every unit, past ones included. */
    public record Record(Child child, List<Guardian> guardians, List<ServingUnit> servingUnits) {

        @Override
        public String toString() {
            return "Record[" + child.id() + "]";
        }
    }

    private final JdbcClient jdbc;

    ChildrenForFamily(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Record> record(long childId, String memberIdentityNumber) {
        Optional<Child> child = jdbc.sql("""
                select id, identity_number, given_name, family_name, birth_date, address, child_welfare_has_care
                  from child where id = ?""")
                .param(childId)
                .query((rs, row) -> new Child(rs.getLong("id"), rs.getString("identity_number"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("address"),
                        rs.getBoolean("child_welfare_has_care")))
                .optional();
        if (child.isEmpty()) {
            return Optional.empty();
        }
        List<Guardian> guardians = jdbc.sql("""
                select id, child_id, name, parental_responsibility,
                       case when own then identity_number end as identity_number,
                       case when own then phone end as phone, case when own then email end as email
                  from (select g.*, g.identity_number is not null and g.identity_number = :member as own
                          from guardian g where g.child_id = :child) g
                 order by id""")
                .param("child", childId).param("member", memberIdentityNumber)
                .query((rs, row) -> new Guardian(rs.getLong("id"), rs.getLong("child_id"), rs.getString("name"),
                        rs.getString("identity_number"), rs.getString("phone"), rs.getString("email"),
                        rs.getBoolean("parental_responsibility")))
                .list();
        List<ServingUnit> units = jdbc.sql("""
                select cu.unit_id, u.name, cu.from_date, cu.to_date
                  from child_unit cu join unit u on u.id = cu.unit_id
                 where cu.child_id = ? order by cu.from_date, cu.id""")
                .param(childId)
                .query((rs, row) -> new ServingUnit(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : ((Date) rs.getDate("to_date")).toLocalDate()))
                .list();
        return Optional.of(new Record(child.get(), guardians, units));
    }
}
