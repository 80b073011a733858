package no.laget.catalogue.internal;

/**
 * What a visitor asks the catalogue for. Every part is optional; null means "any". Only active measures are
 * found unless {@code includeInactive}.
 *
 * @param text          words in the name, description or provider
 * @param age           the child's or young person's age; finds measures whose age range covers it
 * @param freeOnly      only measures that cost nothing
 * @param selfReferral  only measures one can ask for oneself, without a referral
 */
public record MeasureSearch(String text, PreventionLevel level, Integer age, Topic topic, boolean freeOnly,
        boolean selfReferral, boolean includeInactive) {

    public static MeasureSearch everything() {
        return new MeasureSearch(null, null, null, null, false, false, false);
    }

    public static MeasureSearch everythingIncludingInactive() {
        return new MeasureSearch(null, null, null, null, false, false, true);
    }
}
