package no.laget.statistics;

/**
 * Whose data internal figures count: one municipality's (the units of that municipality and what they recorded,
 * served, wrote or received), or the whole installation's. A source filters on the municipality of the unit its
 * rows belong to; {@link #unitIn(String)} gives that condition for a joined {@code unit} table, with the named
 * parameter {@code :municipality} bound by {@link #municipalityId()}.
 *
 * <p>The page /statistics/internal always asks for the signed-in user's municipality. The country (every
 * municipality in the database) is for a national role that Laget does not have yet, and for measurements.
 */
public record FigureScope(Long municipalityId) {

    public static FigureScope municipality(long id) {
        return new FigureScope(id);
    }

    public static FigureScope country() {
        return new FigureScope(null);
    }

    public boolean isCountry() {
        return municipalityId == null;
    }

    /**
     * The SQL condition that keeps rows whose unit (the table or alias {@code unit}, a join of {@code unit}) lies in
     * the scope: {@code unit.municipality_id = :municipality}, or {@code true} for the country. Only the alias is put
     * into the SQL text, never a value.
     */
    public String unitIn(String unit) {
        if (!unit.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not an SQL alias: " + unit);
        }
        return isCountry() ? "true" : unit + ".municipality_id = :municipality";
    }
}
