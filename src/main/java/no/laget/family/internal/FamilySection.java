package no.laget.family.internal;

import no.laget.access.FamilyChild;

/**
 * One part of a child's page in the family's door (consents, the relay log, who has looked, innsyn), contributed by
 * the feature that owns it, so the page lists what exists without knowing each part.
 */
interface FamilySection {

    /** Place on the child's page, lowest first. */
    int order();

    /** Message key of the link text. */
    String labelKey();

    /** Message key of the one-line explanation under the link. */
    String hintKey();

    /** Where the part lives, under {@code /familie/barn/{childId}}. */
    String path(long childId);

    /** Whether this member, standing so to this child, has this part at all. */
    default boolean shownFor(FamilyChild child) {
        return !child.childWelfareHasCare() || child.relation() == no.laget.access.FamilyRelation.YOUNG_PERSON;
    }
}
