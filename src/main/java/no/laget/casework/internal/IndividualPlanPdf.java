package no.laget.casework.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import no.laget.child.Child;
import no.laget.platform.LagetProperties;
import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.time.Oslo;

import org.springframework.stereotype.Component;

/**
 * The individual plan (docs/domain.md rule 29's nine items, the period and the revision date) as an accessible PDF in
 * bokmål (PDF/UA-1 and PDF/A-3u, platform.pdf.AccessiblePdf). It holds the child's name and birth date, never an
 * identity number. Rendered when the plan is saved, for the archive; callers have passed the door.
 */
@Component
public class IndividualPlanPdf {

    private final AccessiblePdf pdf;
    private final String municipality;

    IndividualPlanPdf(AccessiblePdf pdf, LagetProperties properties) {
        this.pdf = pdf;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? "" : name.trim();
    }

    public byte[] render(CaseRepository.PlanRow plan, Child child, int version, OffsetDateTime savedAt) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("child", child);
        model.put("version", version);
        model.put("savedAt", savedAt.atZoneSameInstant(Oslo.ZONE));
        model.put("municipality", municipality);
        return pdf.render("casework/individual-plan-pdf", model);
    }
}
