package no.laget.report.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.platform.time.Oslo;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Laget's report to and from KS Fiks's offentlig bekymringsmelding v2. What the national format has no field for is
 * written where a caseworker reading the document will see it, in a form the reader takes back:
 * <ul>
 * <li>the grounds (rule 20) as a first paragraph of {@code melding.melding}: "Grunnlag: label; label.";</li>
 * <li>an unborn child's due date after the name: "Ufødt barn (termin 1.5.2026)";</li>
 * <li>the interpreter as {@code behovForTolk} "Ja, språk: arabisk" or "Nei".</li>
 * </ul>
 * Fields the schema limits to one line ({@code ^(.*)$}: names, the reasons for not telling) have line breaks folded
 * into spaces. Halden has no city districts: {@code bydelsnummer} is "00" and {@code bydelsnavn} empty.
 */
final class FiksFormat {

    static final String CHANNEL = "Fagsystem";
    static final String NO_DISTRICT = "00";
    private static final String GROUNDS_PREFIX = "Grunnlag: ";
    private static final Pattern DUE_DATE = Pattern.compile("^(.*?) ?\\(termin (\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\)$");
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R|[\\u0085\\u2028\\u2029]");

    /** Ground labels as the document writes them; a map, not the messages file, because the reader parses them back. */
    static final Map<ReportGround, String> GROUND_TEXT = new LinkedHashMap<>();

    static {
        GROUND_TEXT.put(ReportGround.NEGLECT_OR_MISTREATMENT, "mishandling eller alvorlig omsorgssvikt");
        GROUND_TEXT.put(ReportGround.UNTREATED_ILLNESS_OR_INJURY, "alvorlig sykdom eller skade som ikke blir undersøkt eller behandlet");
        GROUND_TEXT.put(ReportGround.UNMET_SPECIAL_NEEDS, "barn med nedsatt funksjonsevne eller særlig hjelpetrengende barn som ikke får dekket sine behov");
        GROUND_TEXT.put(ReportGround.SERIOUS_BEHAVIOUR_PROBLEMS, "alvorlige atferdsvansker");
        GROUND_TEXT.put(ReportGround.TRAFFICKING, "menneskehandel");
    }

    private FiksFormat() {}

    static String write(ReportOfConcern report) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("kommunenummer", report.municipalityNumber());
        root.put("kommunenavn", line(report.municipalityName()));
        root.put("bydelsnummer", NO_DISTRICT);
        root.put("bydelsnavn", "");
        ObjectNode reporter = root.putObject("offentligMelder");
        Reporter r = report.reporter();
        reporter.put("personnavn", line(r.name()));
        reporter.put("rolle", line(r.role()));
        reporter.put("telefonnummer", r.phone());
        reporter.put("epost", r.email());
        ObjectNode business = reporter.putObject("virksomhet");
        business.put("navn", line(r.unitName()));
        address(business, r.unitAddress());
        ArrayNode children = root.putArray("offentligBarn");
        for (ReportedChild c : report.children()) {
            ObjectNode child = children.addObject();
            child.put("fnr", c.identityNumber() == null ? "" : c.identityNumber());
            child.put("ufoedt", c.unborn());
            String name = line(c.fullName());
            if (c.unborn()) {
                name = (name.isEmpty() ? "Ufødt barn" : name) + " (termin " + c.dueDate().format(NORWEGIAN) + ")";
            }
            child.put("personnavn", name);
            address(child, c.address());
            child.put("orientert", c.told());
            if (!c.told()) {
                child.put("orientertGrunn", line(c.notToldReason()));
            }
        }
        ArrayNode guardians = root.putArray("foresatte");
        for (ReportedGuardian g : report.guardians()) {
            ObjectNode guardian = guardians.addObject();
            guardian.put("personnavn", line(g.name()));
            if (g.phone() != null) {
                guardian.put("telefonnummer", line(g.phone()));
            }
            guardian.put("orientert", g.told());
            if (!g.told()) {
                guardian.put("orientertGrunn", line(g.notToldReason()));
            }
        }
        root.put("behovForTolk", report.interpreterNeeded()
                ? "Ja, språk: " + line(report.interpreterLanguage() == null ? "" : report.interpreterLanguage()) : "Nei");
        if (report.otherServices() != null) {
            root.put("andreHjelpeinstanser", report.otherServices());
        }
        ObjectNode message = root.putObject("melding");
        message.put("melding", groundsParagraph(report.grounds()) + report.concern());
        message.put("historie", report.history());
        if (report.otherViews() != null) {
            message.put("andreSynspunkter", report.otherViews());
        }
        root.put("sendingstidspunkt", report.sentAt().atZoneSameInstant(Oslo.ZONE).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        root.put("leveringskanal", CHANNEL);
        return JsonMapper.shared().writeValueAsString(root);
    }

    /** Reads a document (Laget's own or another system's) back into Laget's report; nothing is stored from here. */
    static ReportOfConcern read(String json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        JsonNode r = root.path("offentligMelder");
        Reporter reporter = new Reporter(text(r, "personnavn"), text(r, "rolle"), text(r, "telefonnummer"),
                text(r, "epost"), text(r.path("virksomhet"), "navn"),
                optional(r.path("virksomhet").path("adresse"), "adresselinje1"));
        List<ReportedChild> children = new ArrayList<>();
        for (JsonNode c : root.path("offentligBarn")) {
            boolean unborn = c.path("ufoedt").asBoolean(false);
            String name = text(c, "personnavn");
            LocalDate due = null;
            Matcher matcher = DUE_DATE.matcher(name);
            if (unborn && matcher.matches()) {
                name = matcher.group(1);
                due = LocalDate.parse(matcher.group(2), NORWEGIAN);
            }
            int space = name.lastIndexOf(' ');
            boolean told = c.path("orientert").asBoolean(false);
            children.add(new ReportedChild(null, optional(c, "fnr"), unborn, due,
                    space < 0 ? name : name.substring(0, space), space < 0 ? "" : name.substring(space + 1),
                    text(c.path("adresse"), "adresselinje1"), told, told ? null : optional(c, "orientertGrunn")));
        }
        List<ReportedGuardian> guardians = new ArrayList<>();
        for (JsonNode g : root.path("foresatte")) {
            boolean told = g.path("orientert").asBoolean(false);
            guardians.add(new ReportedGuardian(text(g, "personnavn"), optional(g, "telefonnummer"), told,
                    told ? null : optional(g, "orientertGrunn")));
        }
        String interpreter = text(root, "behovForTolk");
        boolean interpreterNeeded = interpreter.regionMatches(true, 0, "Ja", 0, 2);
        String language = null;
        int at = interpreter.indexOf("språk:");
        if (interpreterNeeded && at >= 0) {
            language = blankToNull(interpreter.substring(at + "språk:".length()).trim());
        }
        String message = text(root.path("melding"), "melding");
        Set<ReportGround> grounds = EnumSet.noneOf(ReportGround.class);
        if (message.startsWith(GROUNDS_PREFIX)) {
            int end = message.indexOf(".\n\n");
            if (end > 0) {
                for (String label : message.substring(GROUNDS_PREFIX.length(), end).split("; ")) {
                    GROUND_TEXT.forEach((ground, text) -> {
                        if (text.equalsIgnoreCase(label.trim())) {
                            grounds.add(ground);
                        }
                    });
                }
                message = message.substring(end + 3);
            }
        }
        return new ReportOfConcern(text(root, "kommunenummer"), text(root, "kommunenavn"), grounds, message,
                text(root.path("melding"), "historie"), optional(root.path("melding"), "andreSynspunkter"),
                interpreterNeeded, language, optional(root, "andreHjelpeinstanser"), reporter, children, guardians,
                sentAt(text(root, "sendingstidspunkt")));
    }

    /** With an offset as Laget writes it, or local Norwegian time as the Fiks example has it. */
    private static OffsetDateTime sentAt(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value).atZone(Oslo.ZONE).toOffsetDateTime();
        }
    }

    private static String groundsParagraph(Set<ReportGround> grounds) {
        if (grounds.isEmpty()) {
            return "";
        }
        List<String> labels = grounds.stream().sorted().map(GROUND_TEXT::get).toList();
        String first = labels.getFirst();
        return GROUNDS_PREFIX + Character.toUpperCase(first.charAt(0)) + first.substring(1)
                + (labels.size() > 1 ? "; " + String.join("; ", labels.subList(1, labels.size())) : "") + ".\n\n";
    }

    private static void address(ObjectNode owner, String line1) {
        ObjectNode address = owner.putObject("adresse");
        address.put("adresselinje1", line1 == null ? "" : line(line1));
    }

    /** The schema's one-line fields: ^(.*)$ matches no line break. */
    static String line(String value) {
        return value == null ? "" : LINE_BREAKS.matcher(value).replaceAll(" ").trim();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString().trim() : "";
    }

    private static String optional(JsonNode node, String field) {
        return blankToNull(text(node, field));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
