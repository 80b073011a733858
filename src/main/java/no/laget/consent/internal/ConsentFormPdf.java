package no.laget.consent.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;

import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.Guardian;
import no.laget.consent.Consent;
import no.laget.consent.GivenBy;
import no.laget.consent.Grant;
import no.laget.consent.HowGiven;
import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.LagetProperties;
import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.time.Dates;
import no.laget.platform.time.Oslo;
import no.laget.platform.web.FamilyLanguage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consent form as a PDF that a screen reader can read (PDF/UA-1, also PDF/A-3u for archiving), stating what
 * docs/domain.md rule 13 says a person must be told before consenting, in one of the family's languages
 * ({@link FamilyLanguage}; bokmål unless one is asked for, and always bokmål for the archive). Every text comes from
 * {@code messages-consent-form*.properties}; the categories, receivers and assurance levels are named as the family's
 * consents page names them ({@code family.consent.*}), dates are written the language's way, in Oslo time. It holds no
 * identity numbers: the name and birth date identify the child on paper, and a printed number would only widen what a
 * lost sheet exposes. Callers fetch the consent, child and guardians through a door first.
 */
@Component
public class ConsentFormPdf {


    /** Grants are category x receiver; a person reads them best as each category with everyone it goes to. */
    record Row(String category, List<String> receivers) {}

    private final AccessiblePdf pdf;
    private final MessageSource messages;
    private final Organisation organisation;
    private final ConsentRequestRepository requests;
    private final String municipality;

    ConsentFormPdf(AccessiblePdf pdf, MessageSource messages, Organisation organisation,
            ConsentRequestRepository requests, LagetProperties properties) {
        this.pdf = pdf;
        this.messages = messages;
        this.organisation = organisation;
        this.requests = requests;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? null : name.trim();
    }

    /** The form in bokmål: what staff print by default and what the archive keeps. */
    public byte[] render(Consent consent, Child child, List<Guardian> guardians) {
        return render(consent, child, guardians, FamilyLanguage.NB.locale());
    }

    /** The form in one of the family's languages; any other locale gives bokmål. Arabic is laid out right to left. */
    public byte[] render(Consent consent, Child child, List<Guardian> guardians, Locale locale) {
        Words words = new Words(FamilyLanguage.of(locale));
        return pdf.render("consent/form-pdf", model(consent, child, guardians, words), words.language.locale());
    }

    private Map<String, Object> model(Consent consent, Child child, List<Guardian> guardians, Words words) {
        String recordingUnit = organisation.unit(consent.recordedByUnitId()).map(Unit::name).orElse("");
        List<String> signers = signers(consent, child, guardians);
        Set<String> receivers = new LinkedHashSet<>();
        consent.grants().forEach(grant -> receivers.add(words.receiver(grant)));
        Map<String, Object> model = new HashMap<>();
        model.put("language", words.language);
        model.put("title", words.message(consent.refused() ? "consent.pdf.title.refusal" : "consent.pdf.title"));
        model.put("consent", consent);
        model.put("child", child);
        model.put("birthDate", words.day(child.birthDate()));
        model.put("validFrom", words.day(consent.validFrom()));
        model.put("validTo", words.day(consent.validTo()));
        model.put("rows", rows(consent.grants(), words));
        model.put("receiverList", words.list(List.copyOf(receivers)));
        model.put("recordingUnit", recordingUnit);
        model.put("municipality", municipality != null ? municipality : words.message("consent.pdf.municipality.unknown"));
        model.put("signers", signers);
        model.put("signatureRows", consent.givenBy() == GivenBy.CHILD_WELFARE
                ? List.of(words.message("consent.pdf.signer.child-welfare")) : signers);
        model.put("withdrawnOn", consent.withdrawnAt() == null ? null : words.day(osloDate(consent.withdrawnAt())));
        model.put("howGiven", howGiven(consent, recordingUnit, words));
        return model;
    }

    /**
     * How the consent was given and recorded. On paper or orally: the day and the employee who recorded it (what makes
     * an oral consent valid, rule 13). Digitally: each family member's answer with its moment and ID-porten level, then
     * when it was recorded and which service asked, never the asking employee as if they had recorded it.
     */
    private List<String> howGiven(Consent consent, String recordingUnit, Words words) {
        String r = consent.refused() ? ".refusal" : "";
        List<String> lines = new ArrayList<>();
        lines.add(words.message("consent.pdf.howGiven." + consent.howGiven().name() + r));
        if (consent.howGiven() != HowGiven.DIGITAL) {
            lines.add(words.message("consent.pdf.recorded", words.day(osloDate(consent.recordedAt())),
                    consent.recordedByName(), recordingUnit));
            return lines;
        }
        List<ConsentRequestRepository.DigitalAnswer> answers = requests.answersForConsent(consent.id());
        for (ConsentRequestRepository.DigitalAnswer answer : answers) {
            lines.add(words.message("consent.pdf.digital.answer." + answer.answer(), answer.name(),
                    words.time(answer.answeredAt()), words.assurance(answer.assurance())));
        }
        if (answers.isEmpty() && consent.digitalAssurance() != null) {
            lines.add(words.message("consent.pdf.digital.assurance", words.assurance(consent.digitalAssurance())));
        }
        lines.add(words.message("consent.pdf.digital.recorded", words.time(consent.recordedAt()), recordingUnit));
        return lines;
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
    private static List<Row> rows(List<Grant> grants, Words words) {
        Map<InformationCategory, List<String>> byCategory = new EnumMap<>(InformationCategory.class);
        for (Grant grant : grants) {
            String receiver = words.capitalised(words.receiver(grant));
            if (grant.withdrawn()) {
                receiver = words.message("consent.pdf.receiver.withdrawn", receiver, words.day(osloDate(grant.withdrawnAt())));
            }
            List<String> receivers = byCategory.computeIfAbsent(grant.category(), category -> new ArrayList<>());
            if (!receivers.contains(receiver)) {
                receivers.add(receiver);
            }
        }
        return byCategory.entrySet().stream()
                .map(entry -> new Row(words.message("family.consent.category." + entry.getKey().name()),
                        List.copyOf(entry.getValue())))
                .toList();
    }

    private static LocalDate osloDate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Oslo.ZONE).toLocalDate();
    }

    /** The texts of one language: messages, dates, lists and names as the family's pages write them. */
    private final class Words {

        private final FamilyLanguage language;
        private final Locale locale;
        private final Function<LocalDate, String> day;

        Words(FamilyLanguage language) {
            this.language = language;
            this.locale = language.locale();
            // Norwegian forms write 03.12.2026; elsewhere the month is named, so no one reads day and month swapped.
            this.day = switch (language) {
                case NB, NN -> Dates::paddedDay;
                case EN -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)::format;
                default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)::format;
            };
        }

        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String day(LocalDate date) {
            return date == null ? "" : day.apply(date);
        }

        /** A moment as the day and the Oslo clock time ("03.12.2026 kl. 14:05"). */
        String time(OffsetDateTime moment) {
            ZonedDateTime oslo = moment.atZoneSameInstant(Oslo.ZONE);
            return message("consent.pdf.at", day.apply(oslo.toLocalDate()), Dates.time(oslo));
        }

        /** "Gimle skole", or every unit of a type as the family's pages name it ("alle barnehager"). */
        String receiver(Grant grant) {
            if (grant.receiverUnitName() != null) {
                return grant.receiverUnitName();
            }
            return messages.getMessage("family.consent.all-of-type." + grant.receiverUnitType(), null,
                    grant.receiverUnitType(), locale);
        }

        /** ID-porten's level in plain words ("høyt sikkerhetsnivå"), or as recorded when Laget has no words for it. */
        String assurance(String acr) {
            return acr == null ? "" : messages.getMessage("family.consent.assurance." + acr, null, acr, locale);
        }

        /** "A", "A og B", "A, B og C": how a list reads in a sentence of the language (CLDR's patterns). */
        String list(List<String> items) {
            return ListFormatter.getInstance(ULocale.forLocale(locale)).format(items);
        }

        /** A table cell starts with a capital where the script has them ("Alle barnehager"). */
        String capitalised(String text) {
            if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
                return text;
            }
            int first = Character.charCount(text.codePointAt(0));
            return text.substring(0, first).toUpperCase(locale) + text.substring(first);
        }
    }
}
