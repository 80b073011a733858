package no.laget.consent.internal;

import java.util.List;

import no.laget.child.Children;
import no.laget.consent.Consent;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FamilyLanguage;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent form to print, sign or hand over. Every read goes through the door, so a user who may not
 * see the child gets the refusal page (403) and no PDF. Inline, so the browser's own viewer opens it; the
 * file name carries only the consent's number, never the child's name. In bokmål unless {@code sprak} names one of
 * the family's languages (the consents page offers them, for a family that reads another); any other value is bad
 * input (400), not a quiet bokmål form.
 */
@PageController
class ConsentFormPdfPage {

    private final Consents consents;
    private final Children children;
    private final ConsentFormPdf pdf;

    ConsentFormPdfPage(Consents consents, Children children, ConsentFormPdf pdf) {
        this.consents = consents;
        this.children = children;
        this.pdf = pdf;
    }

    @GetMapping("/consents/{id}/skjema.pdf")
    ResponseEntity<byte[]> form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "sprak", required = false) String language) {
        Consent consent = consents.get(user, id);
        FamilyLanguage chosen = language == null || language.isBlank() ? FamilyLanguage.NB
                : FamilyLanguage.of(language).filter(l -> l.tag().equals(language.trim()))
                        .orElseThrow(() -> new InvalidInputException(
                                List.of(new FieldProblem("sprak", "consents.print.language.unknown"))));
        byte[] document = pdf.render(consent, children.get(user, consent.childId()),
                children.guardians(user, consent.childId()), chosen.locale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("samtykke-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, chosen.tag())
                .body(document);
    }
}
