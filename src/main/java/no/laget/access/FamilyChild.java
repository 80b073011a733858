package no.laget.access;

import java.time.LocalDate;

/** A child a family member may open through the family's door today, and how they stand to it. */
public record FamilyChild(long childId, String givenName, String familyName, LocalDate birthDate,
        FamilyRelation relation, boolean childWelfareHasCare) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    @Override
    public String toString() {
        return "FamilyChild[" + childId + "]";
    }
}
