package no.laget.consent;

/** Who consents (docs/domain.md rule 17): all with parental responsibility, the young person from the consent age, or child welfare when it has care. */
public enum GivenBy { GUARDIANS, YOUNG_PERSON, CHILD_WELFARE }
