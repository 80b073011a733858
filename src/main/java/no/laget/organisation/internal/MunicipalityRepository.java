package no.laget.organisation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MunicipalityRepository {

    private final JdbcClient jdbc;

    MunicipalityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The one municipality this installation serves; its name follows the setting. */
    long ensure(String number, String name) {
        return jdbc.sql("""
                insert into municipality (number, name) values (?, ?)
                on conflict (number) do update set name = excluded.name
                returning id""")
                .params(number.trim(), name.trim()).query(Long.class).single();
    }
}
