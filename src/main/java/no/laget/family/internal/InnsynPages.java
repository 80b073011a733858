package no.laget.family.internal;

import java.util.Locale;
import java.util.Map;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.FamilyRelation;
import no.laget.access.InformationCategory;
import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.web.FamilyLanguage;
import no.laget.platform.web.PageController;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Innsyn (GDPR art. 15, docs/domain.md rule 33): the family downloads everything Laget holds about the child, as an
 * accessible PDF and as JSON, at once, so the one-month deadline never arises. Each download is logged by the
 * family's door, one decision per category it reads. File names carry the child's id in Laget, never a name or number.
 */
@PageController
class InnsynPages {

    private final FamilyDoor door;
    private final InnsynExport export;
    private final AccessiblePdf pdf;

    InnsynPages(FamilyDoor door, InnsynExport export, AccessiblePdf pdf) {
        this.door = door;
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/familie/barn/{childId}/innsyn")
    String page(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.BASIC, Action.READ,
                AccessedObject.of("family-innsyn", childId));
        model.addAttribute("child", child);
        model.addAttribute("careTakenOver", child.childWelfareHasCare() && child.relation() == FamilyRelation.GUARDIAN);
        return "family/innsyn";
    }

    @GetMapping("/familie/barn/{childId}/innsyn.pdf")
    ResponseEntity<byte[]> asPdf(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId) {
        Innsyn innsyn = export.collect(member, childId, "pdf");
        // In the language the family reads the pages in (FamilyLocaleResolver: the cookie laget-sprak), Arabic right to left.
        FamilyLanguage language = FamilyLanguage.of(LocaleContextHolder.getLocale());
        Locale locale = language.locale();
        byte[] body = pdf.render("family/innsyn-pdf", Map.of("innsyn", innsyn, "language", language), locale);
        return download(body, MediaType.APPLICATION_PDF, "innsyn-" + childId + ".pdf");
    }

    @GetMapping("/familie/barn/{childId}/innsyn.json")
    ResponseEntity<byte[]> asJson(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId) {
        Innsyn innsyn = export.collect(member, childId, "json");
        return download(InnsynJson.write(innsyn), MediaType.APPLICATION_JSON, "innsyn-" + childId + ".json");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @Component
    static class Section implements FamilySection {

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String labelKey() {
            return "family.innsyn.section.label";
        }

        @Override
        public String hintKey() {
            return "family.innsyn.section.hint";
        }

        @Override
        public String path(long childId) {
            return "/familie/barn/" + childId + "/innsyn";
        }
    }
}
