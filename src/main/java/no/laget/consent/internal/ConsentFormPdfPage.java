package no.laget.consent.internal;

import no.laget.child.Children;
import no.laget.consent.Consent;
import no.laget.consent.Consents;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The consent form to print, sign or hand over. Every read goes through the door, so a user who may not
 * see the child gets the refusal page (403) and no PDF. Inline, so the browser's own viewer opens it; the
 * file name carries only the consent's number, never the child's name.
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
    ResponseEntity<byte[]> form(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Consent consent = consents.get(user, id);
        byte[] document = pdf.render(consent, children.get(user, consent.childId()),
                children.guardians(user, consent.childId()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("samtykke-" + id + ".pdf").build().toString())
                .body(document);
    }
}
