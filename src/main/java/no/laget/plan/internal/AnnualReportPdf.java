package no.laget.plan.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import no.laget.platform.LagetProperties;
import no.laget.platform.pdf.AccessiblePdf;

import org.springframework.stereotype.Component;

/**
 * The annual evaluation report for the municipal council as a PDF a screen reader can read (PDF/UA-1, also
 * PDF/A-3u for the archive), in bokmål, rendered by platform.pdf.AccessiblePdf. Figures are tables, not charts, so every number can be read aloud.
 */
@Component
class AnnualReportPdf {


    private final AccessiblePdf pdf;
    private final String municipality;

    AnnualReportPdf(AccessiblePdf pdf, LagetProperties properties) {
        this.pdf = pdf;
        String name = properties.municipality() == null ? null : properties.municipality().name();
        this.municipality = name == null || name.isBlank() ? "" : name.trim();
    }

    byte[] render(AnnualReport.Report report) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("municipality", municipality);
        model.put("statuses", ActionStatus.values());
        return pdf.render("plan/arsrapport-pdf", model);
    }
}
