package no.laget.report.internal;


import no.laget.support.BestInterestNotesFixture;
import java.util.ArrayList;
import java.util.List;

import no.laget.report.internal.ReportForm.ChildRow;
import no.laget.report.internal.ReportForm.GuardianRow;
import no.laget.support.TestChildren;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static no.laget.support.BestInterestNotesFixture.heard;

/** Valid reports for tests, with made-up names and Tenor numbers registered for the log check. */
final class ReportTestData {

    record Typed(String identityNumber, String givenName, String familyName) {
        String fullName() {
            return givenName + " " + familyName;
        }
    }

    private ReportTestData() {}

    static Typed child() {
        // a random birth date as well as TestChildren's random seed: tests share one database, and a number seen
        // twice would be the same child (with another test's grants)
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return new Typed(TestChildren.tenorNumberFor(1 + random.nextInt(28), 1 + random.nextInt(12), 2008 + random.nextInt(13)),
                "Kari", TestChildren.familyName());
    }

    static ReportForm form(Typed child) {
        return new ReportForm("Lærer Testesen", "Kontaktlærer", "69 17 00 00", "laerer@halden.kommune.no", "Gimle skole", "",
                new ArrayList<>(List.of(new ChildRow(null, child.identityNumber(), null, "", child.givenName(),
                        child.familyName(), "Storgata 1, 1771 Halden", "false", "Faren kan bli voldelig"))),
                new ArrayList<>(List.of(new GuardianRow("Foresatt " + child.familyName(), "", "false",
                        "Kan sette barnet i fare"))),
                List.of("NEGLECT_OR_MISTREATMENT"), "Barnet kommer ofte sulten og med blåmerker på armene.",
                "Bekymret siden høstferien, snakket med rektor.", "", "false", "", "", heard());
    }

    static MultiValueMap<String, String> params(Typed child) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("reporterName", "Lærer Testesen");
        p.add("reporterRole", "Kontaktlærer");
        p.add("reporterPhone", "69 17 00 00");
        p.add("reporterEmail", "laerer@halden.kommune.no");
        p.add("reporterUnit", "Gimle skole");
        p.add("children[0].identityNumber", child.identityNumber());
        p.add("children[0].givenName", child.givenName());
        p.add("children[0].familyName", child.familyName());
        p.add("children[0].address", "Storgata 1, 1771 Halden");
        p.add("children[0].told", "false");
        p.add("children[0].notToldReason", "Faren kan bli voldelig");
        p.add("guardians[0].name", "Foresatt " + child.familyName());
        p.add("guardians[0].told", "true");
        p.add("grounds", "NEGLECT_OR_MISTREATMENT");
        p.add("concern", "Barnet kommer ofte sulten og med blåmerker på armene.");
        p.add("history", "Bekymret siden høstferien, snakket med rektor.");
        p.addAll(BestInterestNotesFixture.params("bestInterest", heard()));
        p.add("interpreterNeeded", "false");
        return p;
    }
}
