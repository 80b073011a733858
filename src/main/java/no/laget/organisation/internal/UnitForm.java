package no.laget.organisation.internal;

/** What an administrator types about a unit, on the page or in the API. Checked by {@link UnitAdministration}. */
public record UnitForm(String name, String type, Boolean active) {

    static UnitForm empty() {
        return new UnitForm("", "", true);
    }
}
