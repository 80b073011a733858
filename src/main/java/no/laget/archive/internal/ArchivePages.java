package no.laget.archive.internal;

import java.util.List;

import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.archive.ArchivedRecord;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's archived records in time order with who archived what, and each stored document to download exactly as
 * it was archived. The door decides both; a record the user may not read is refused like one that does not exist.
 * The downloaded file's name carries only the journal number, never a name. A correction is made on a page of its
 * own by an employee who may write the record's category: a reason and the corrected document (a PDF) make a new
 * record that refers to the old one, which stays as it was.
 */
@PageController
class ArchivePages {

    /** The correction form as typed; the document comes as its own multipart part. */
    record CorrectionForm(String reason) {}

    private final Archive archive;
    private final Children children;
    private final FieldErrors fieldErrors;
    private final AccessDoor door;

    ArchivePages(Archive archive, Children children, FieldErrors fieldErrors, AccessDoor door) {
        this.door = door;
        this.archive = archive;
        this.children = children;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping("/children/{childId}/arkiv")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        List<ArchivedRecord> records = archive.forChild(user, childId);
        model.addAttribute("records", records);
        model.addAttribute("child", children.get(user, childId));
        // "Korriger" only where the user may write the record's category (one check per category, not per row)
        model.addAttribute("correctable", records.stream().map(ArchivedRecord::category).distinct()
                .filter(category -> InformationCategory.parse(category)
                        .map(c -> door.permits(user, childId, c, Action.WRITE)).orElse(false))
                .collect(java.util.stream.Collectors.toSet()));
        return "archive/records";
    }

    @GetMapping("/arkiv/{id}/korriger")
    String correctionForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return correctionPage(model, archive.toCorrect(user, id), new CorrectionForm(""), fieldErrors.none());
    }

    @PostMapping("/arkiv/{id}/korriger")
    String correct(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") CorrectionForm form, BindingResult binding,
            @RequestParam(name = "document", required = false) MultipartFile document, Model model,
            RedirectAttributes redirect) {
        ArchivedRecord record = archive.toCorrect(user, id);
        try {
            long correction = archive.correct(user, id, form.reason(), bytes(document));
            redirect.addFlashAttribute("done", "archive.correction.done");
            return "redirect:/children/" + record.childId() + "/arkiv#record-" + correction;
        } catch (InvalidInputException e) {
            return correctionPage(model, record, form, fieldErrors.of(binding, e));
        }
    }

    private String correctionPage(Model model, ArchivedRecord record, CorrectionForm form, java.util.Map<String, String> errors) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "archive/correct";
    }

    private static byte[] bytes(MultipartFile document) {
        if (document == null || document.isEmpty()) {
            return new byte[0];
        }
        try {
            return document.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The uploaded correction could not be read", e);
        }
    }

    @GetMapping("/arkiv/{id}/dokument.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        StoredDocument document = archive.document(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(document.sha256())))
                .body(document.content());
    }
}
