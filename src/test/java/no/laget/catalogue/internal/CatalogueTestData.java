package no.laget.catalogue.internal;

import java.util.List;

import no.laget.organisation.Organisation;

import static no.laget.support.Accounts.unique;

/** Measures for tests, with names no other test uses (the database is shared). */
final class CatalogueTestData {

    private CatalogueTestData() {}

    static long unitId(Organisation organisation, String name) {
        return organisation.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A measure for children 6–12 about leisure, free and without referral, given by an outside organisation. */
    static MeasureForm measure(String namePrefix) {
        return new MeasureForm(unique(namePrefix), "Aktiviteter etter skoletid for alle som vil være med.", "",
                "Halden idrettslag", "UNIVERSAL", "6", "12", List.of("LEISURE"), "true", "SELF_REFERRAL",
                "Idrettslaget, tlf. 69 17 09 09", "", true);
    }

    static MeasureForm withName(MeasureForm f, String name) {
        return new MeasureForm(name, f.description(), f.providerUnitId(), f.providerName(), f.level(), f.ageFrom(),
                f.ageTo(), f.topics(), f.free(), f.access(), f.contact(), f.accessibility(), f.active());
    }
}
