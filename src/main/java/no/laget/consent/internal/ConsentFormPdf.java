package no.laget.consent.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.laget.access.AccessDoor;
import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Guardian;
import no.laget.consent.Consent;
import no.laget.consent.GivenBy;
import no.laget.consent.Grant;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;
import no.laget.platform.pdf.AccessiblePdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consent form as a PDF that a screen reader can read (PDF/UA-1, also PDF/A-3u for archiving), in
 * bokmål, stating what docs/domain.md rule 13 says a person must be told before consenting. It holds no
 * identity numbers: the name and birth date identify the child on paper, and a printed number would only
 * widen what a lost sheet exposes. Callers fetch the consent, child and guardians through the door first.
 */
@Component
public class ConsentFormPdf {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Grants are category x receiver; a person reads them best as each category with everyone it goes to. */
    record Row(InformationCategory category, List<String> receivers) {}

    private final AccessiblePdf pdf;
    private final MessageSource messages;
    private final Organisation organisation;
    private final String municipality;

    ConsentFormPdf(AccessiblePdf pdf, MessageSource messages, Organisation organisation,
            LagetProperties properties) {
        this.pdf = pdf;
        this.messages = messages;
        this.organisation = organisation;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? null : name.trim();
    }

    public byte[] render(Consent consent, Child child, List<Guardian> guardians) {
        return pdf.render("consent/form-pdf", model(consent, child, guardians));
    }

    private Map<String, Object> model(Consent consent, Child child, List<Guardian> guardians) {
        String recordingUnit = organisation.unit(consent.recordedByUnitId()).map(Unit::name).orElse("");
        List<String> signers = signers(consent, child, guardians);
        Set<String> receivers = new LinkedHashSet<>();
        consent.grants().forEach(grant -> receivers.add(receiver(grant, "consent.pdf.receiver.all-of-type.in-sentence")));
        Map<String, Object> model = new HashMap<>();
        model.put("title", message(consent.refused() ? "consent.pdf.title.refusal" : "consent.pdf.title"));
        model.put("consent", consent);
        model.put("child", child);
        model.put("rows", rows(consent.grants()));
        model.put("receiverList", joined(List.copyOf(receivers)));
        model.put("recordingUnit", recordingUnit);
        model.put("municipality", municipality != null ? municipality : message("consent.pdf.municipality.unknown"));
        model.put("signers", signers);
        model.put("signatureRows", consent.givenBy() == GivenBy.CHILD_WELFARE
                ? List.of(message("consent.pdf.signer.child-welfare")) : signers);
        model.put("recordedOn", osloDate(consent.recordedAt()));
        model.put("withdrawnOn", consent.withdrawnAt() == null ? null : osloDate(consent.withdrawnAt()));
        return model;
    }

    /** Who signs: the guardians the consent names (all with parental responsibility), or the young person. */
    private static List<String> signers(Consent consent, Child child, List<Guardian> guardians) {
        return switch (consent.givenBy()) {
            case GUARDIANS -> guardians.stream().filter(g -> consent.guardianIds().contains(g.id())).map(Guardian::name).toList();
            case YOUNG_PERSON -> List.of(child.fullName());
            case CHILD_WELFARE -> List.of();
        };
    }

    /** Categories in their usual order, each with its receivers; a grant withdrawn on its own says so and when. */
    private List<Row> rows(List<Grant> grants) {
        Map<InformationCategory, List<String>> byCategory = new EnumMap<>(InformationCategory.class);
        for (Grant grant : grants) {
            String receiver = receiver(grant, "consent.pdf.receiver.all-of-type");
            if (grant.withdrawn()) {
                receiver = message("consent.pdf.receiver.withdrawn", receiver, format(osloDate(grant.withdrawnAt())));
            }
            List<String> receivers = byCategory.computeIfAbsent(grant.category(), category -> new ArrayList<>());
            if (!receivers.contains(receiver)) {
                receivers.add(receiver);
            }
        }
        return byCategory.entrySet().stream().map(entry -> new Row(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    private String receiver(Grant grant, String allOfTypeKey) {
        if (grant.receiverUnitName() != null) {
            return grant.receiverUnitName();
        }
        String type = UnitType.parse(grant.receiverUnitType()).map(t -> message(t.labelKey())).orElse(grant.receiverUnitType());
        return message(allOfTypeKey, type);
    }

    /** "A", "A og B", "A, B og C": how a list reads in a Norwegian sentence. */
    private static String joined(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.getLast();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, BOKMAAL);
    }

    private static LocalDate osloDate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(AccessDoor.OSLO).toLocalDate();
    }

    private static String format(LocalDate date) {
        return date.format(DATE);
    }
}
