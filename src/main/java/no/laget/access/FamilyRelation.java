package no.laget.access;

/**
 * How a family member stands to a child (docs/domain.md rules 9 and 17): a guardian with parental responsibility of a
 * child under 18, or the young person themself from the consent age to 25 (aftercare).
 */
public enum FamilyRelation { GUARDIAN, YOUNG_PERSON }
