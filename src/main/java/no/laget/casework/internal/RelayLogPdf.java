package no.laget.casework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.laget.casework.RelayCase;
import no.laget.child.Child;
import no.laget.interest.BestInterestNotes;
import no.laget.platform.LagetProperties;
import no.laget.platform.pdf.AccessiblePdf;

import org.springframework.stereotype.Component;

/**
 * The relay log for the family, as an accessible PDF in bokmål (PDF/UA-1 and PDF/A-3u, DejaVu Sans embedded), rendered by platform.pdf.AccessiblePdf. It holds the child's name and birth date, never an
 * identity number. Callers fetch the case and child through the door first.
 */
@Component
public class RelayLogPdf {


    private final AccessiblePdf pdf;
    private final String municipality;

    RelayLogPdf(AccessiblePdf pdf, LagetProperties properties) {
        this.pdf = pdf;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? "" : name.trim();
    }

    public byte[] render(RelayCase relayCase, Child child, List<BestInterestNotes.Written> notes) {
        Map<String, Object> model = new HashMap<>();
        model.put("notes", notes);
        model.put("relayCase", relayCase);
        model.put("child", child);
        model.put("municipality", municipality);
        return pdf.render("casework/relay-log-pdf", model);
    }
}
