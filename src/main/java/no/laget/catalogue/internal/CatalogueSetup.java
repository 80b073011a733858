package no.laget.catalogue.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.LagetProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, while the catalogue is empty: the measures Halden's plan for childhood names (Kommunedelplan
 * oppvekst 2020-2032). Contacts are functional and the numbers made up.
 */
@Component
class CatalogueSetup {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSetup.class);

    /** {@code unit} names one of the demo units; otherwise {@code organisation} is an outside provider. */
    record DemoMeasure(String name, String description, String unit, String organisation, String level, int from,
            int to, List<String> topics, boolean free, String access, String contact, String accessibility) {}

    static final List<DemoMeasure> DEMO_MEASURES = List.of(
            new DemoMeasure("Åpen barnehage",
                    "En møteplass for foreldre og barn som ikke går i barnehage. Dere leker, synger og spiser sammen, "
                            + "og kan snakke med ansatte og andre foreldre. Dere trenger ikke melde dere på.",
                    "Familiens hus", null, "UNIVERSAL", 0, 5, List.of("PARENTING", "FAMILY", "LANGUAGE"), true,
                    "SELF_REFERRAL", "Familiens hus, tlf. 69 17 00 00",
                    "Trinnfri inngang og heis. Stellerom og plass til barnevogner."),
            new DemoMeasure("Trygghetssirkelen (Circle of Security) for foreldre",
                    "Foreldreveiledning i grupper eller alene. Du lærer å forstå hva barnet ditt trenger, og hvordan "
                            + "du kan gi trygghet. Alle som blir foreldre for første gang, får tilbud om kurset.",
                    "Familiens hus", null, "UNIVERSAL", 0, 12, List.of("PARENTING", "FAMILY"), true,
                    "SELF_REFERRAL", "Familiens hus, tlf. 69 17 00 00, e-post familienshus@halden.kommune.no",
                    "Kurset holdes i Familiens hus, med trinnfri inngang. Tolk kan bestilles."),
            new DemoMeasure("Samtale med psykologspesialist",
                    "Et lavterskeltilbud for foreldre, barn og unge som trenger råd eller noen å snakke med. "
                            + "Psykologspesialisten kommer fra BUP, og helsestasjonen har timebestillingen. "
                            + "Du trenger ikke henvisning.",
                    "Helsestasjonen, Familiens hus", null, "SELECTIVE", 0, 18,
                    List.of("MENTAL_HEALTH", "PARENTING"), true, "SELF_REFERRAL",
                    "Helsestasjonen, tlf. 69 17 00 10", "Samtalen kan også være på video."),
            new DemoMeasure("Helsestasjon for ungdom",
                    "Du kan komme uten timeavtale og snakke om alt som har med kropp, følelser, prevensjon og "
                            + "relasjoner å gjøre. Det er gratis, og helsesykepleieren har taushetsplikt.",
                    "Helsestasjonen, Familiens hus", null, "UNIVERSAL", 13, 20,
                    List.of("HEALTH", "MENTAL_HEALTH"), true, "SELF_REFERRAL",
                    "Helsestasjon for ungdom, tlf. 69 17 00 11, åpent tirsdager kl. 14–17",
                    "Trinnfri inngang. Du kan ha med deg en venn."),
            new DemoMeasure("Forsterket helsestasjon",
                    "Tettere oppfølging fra helsestasjonen for familier som trenger mer hjelp i en periode, "
                            + "for eksempel med søvn, mat eller samspill med barnet.",
                    "Helsestasjonen, Familiens hus", null, "SELECTIVE", 0, 5,
                    List.of("HEALTH", "PARENTING", "FAMILY"), true, "REFERRAL",
                    "Helsestasjonen, tlf. 69 17 00 10", "Hjemmebesøk er mulig."),
            new DemoMeasure("Utsett – rusforebyggende program på ungdomsskolen",
                    "Et program fra KoRus som er i gang på alle ungdomsskolene. Elever og foreldre snakker sammen "
                            + "om alkohol og rus, og foreldrene blir enige om felles regler.",
                    null, "KoRus Øst og ungdomsskolene i Halden", "UNIVERSAL", 13, 16,
                    List.of("SUBSTANCE_USE", "SCHOOL", "PARENTING"), true, "SELF_REFERRAL",
                    "Kontaktlæreren eller rektor på ungdomsskolen", "Foreldremøtene holdes på skolen."),
            new DemoMeasure("Skattekammeret og BUA – gratis lån av sportsutstyr",
                    "Alle barn og unge kan låne ski, skøyter, sykler, telt og annet utstyr gratis, "
                            + "på samme måte som å låne en bok på biblioteket.",
                    null, "Kirkens Bymisjon Halden", "UNIVERSAL", 0, 25, List.of("LEISURE", "ECONOMY"), true,
                    "SELF_REFERRAL", "Skattekammeret, tlf. 69 17 00 30", "Lokalet har trinnfri inngang."),
            new DemoMeasure("Ungdomsklubbene",
                    "Kommunens ungdomsklubber er møteplasser med aktiviteter, spill, musikk og voksne å snakke med. "
                            + "Ungdommene er med og bestemmer hva som skjer.",
                    "Oppvekst, rådhuset", null, "UNIVERSAL", 13, 18, List.of("LEISURE"), true, "SELF_REFERRAL",
                    "Ungdomsklubbene, tlf. 69 17 00 40",
                    "Klubbene er tilrettelagt for barn og unge med nedsatt funksjonsevne."),
            new DemoMeasure("Frivilligsentralen: aktiviteter og leksehjelp",
                    "Frivilligsentralen har aktiviteter for alle aldre, blant annet leksehjelp, turgrupper og "
                            + "møteplasser for nye i Halden.",
                    null, "Halden Frivilligsentral", "UNIVERSAL", 6, 25, List.of("LEISURE", "SCHOOL", "LANGUAGE"),
                    true, "SELF_REFERRAL", "Frivilligsentralen, tlf. 69 17 00 50", "Trinnfri inngang."),
            new DemoMeasure("SLT – forebygging av rus og kriminalitet",
                    "Kommunen og politiet samarbeider om å forebygge rus og kriminalitet blant unge. "
                            + "SLT-koordinatoren kan hjelpe ungdom og familier videre til riktig tiltak.",
                    "Oppvekst, rådhuset", null, "SELECTIVE", 12, 25, List.of("SUBSTANCE_USE", "VIOLENCE"), true,
                    "REFERRAL", "SLT-koordinator, tlf. 69 17 00 60", null),
            new DemoMeasure("Vold- og overgrepsteamet",
                    "Et tverrfaglig team i Familiens hus som hjelper barn og familier når det er mistanke om vold "
                            + "eller overgrep, og gir råd til ansatte som er bekymret.",
                    "Familiens hus", null, "INDICATED", 0, 18, List.of("VIOLENCE", "FAMILY"), true, "REFERRAL",
                    "Familiens hus, tlf. 69 17 00 00", "Samtaler kan holdes der barnet føler seg trygt."),
            new DemoMeasure("Læringsmiljøteamet",
                    "PPT og skolen arbeider sammen når en klasse eller en elev strever med miljøet på skolen, "
                            + "for eksempel ved mobbing eller høyt fravær.",
                    "PPT, Familiens hus", null, "SELECTIVE", 6, 13, List.of("SCHOOL", "MENTAL_HEALTH"), true,
                    "REFERRAL", "PPT, tlf. 69 17 00 20", null),
            new DemoMeasure("Helhetlig oppfølging av lavinntektsfamilier",
                    "NAV følger opp hele familien over tid, med arbeid, økonomi, bolig og barnas fritid.",
                    "NAV Halden-Aremark", null, "SELECTIVE", 0, 18, List.of("ECONOMY", "FAMILY"), true,
                    "SELF_REFERRAL", "NAV Halden-Aremark, tlf. 55 55 33 33", "Tolk kan bestilles."),
            new DemoMeasure("Samlivskurs for foreldre",
                    "Kurs for par som har fått barn og vil ta vare på forholdet. Kurset koster en egenandel.",
                    null, "Familievernkontoret", "UNIVERSAL", 0, 18, List.of("FAMILY", "PARENTING"), false,
                    "SELF_REFERRAL", "Familievernkontoret, tlf. 69 17 00 70", null));

    private final LagetProperties properties;
    private final MeasureRepository measures;
    private final MeasureAdministration administration;
    private final Organisation organisation;

    CatalogueSetup(LagetProperties properties, MeasureRepository measures, MeasureAdministration administration,
            Organisation organisation) {
        this.properties = properties;
        this.measures = measures;
        this.administration = administration;
        this.organisation = organisation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.demo() || !measures.none()) {
            return;
        }
        // unit names repeat across municipalities once ./laget dataset has run (each has a "Datasett skole 1"); the
        // demo's units have names of their own, so which of the repeats is kept does not matter
        Map<String, Long> unitIds = organisation.units().stream()
                .collect(Collectors.toMap(Unit::name, Unit::id, Math::min));
        for (DemoMeasure demo : DEMO_MEASURES) {
            String unitId = demo.unit() == null ? "" : String.valueOf(unitIds.get(demo.unit()));
            administration.create(new MeasureForm(demo.name(), demo.description(), unitId,
                    demo.organisation() == null ? "" : demo.organisation(), demo.level(), String.valueOf(demo.from()),
                    String.valueOf(demo.to()), demo.topics(), String.valueOf(demo.free()), demo.access(),
                    demo.contact(), demo.accessibility() == null ? "" : demo.accessibility(), true));
        }
        log.info("Demo catalogue created: {} measures", DEMO_MEASURES.size());
    }
}
