package no.laget.archive.internal;

import java.util.List;

import no.laget.archive.Archive;
import no.laget.archive.ArchivedRecord;
import no.laget.archive.StoredDocument;
import no.laget.child.Children;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A child's archived records in time order with who archived what, and each stored document to download exactly as
 * it was archived. The door decides both; a record the user may not read is refused like one that does not exist.
 * The downloaded file's name carries only the journal number, never a name.
 */
@PageController
class ArchivePages {

    private final Archive archive;
    private final Children children;

    ArchivePages(Archive archive, Children children) {
        this.archive = archive;
        this.children = children;
    }

    @GetMapping("/children/{childId}/arkiv")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId, Model model) {
        List<ArchivedRecord> records = archive.forChild(user, childId);
        model.addAttribute("records", records);
        model.addAttribute("child", children.get(user, childId));
        return "archive/records";
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
