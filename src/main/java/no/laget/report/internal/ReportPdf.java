package no.laget.report.internal;

import java.util.HashMap;
import java.util.Map;

import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.time.Oslo;

import org.springframework.stereotype.Component;

/**
 * The report of concern as it was sent, as PDF/UA-1 and PDF/A-3u in bokmål (platform.pdf.AccessiblePdf): every field
 * the report holds (reporter, children, guardians, grounds, concern, history, others' views, interpreter, other
 * services, when it was sent). Rendered once when the report is saved and handed to the archive with
 * {@link no.laget.report.ReportSent}; nothing renders it again for the archive.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "report/report-pdf";

    private final AccessiblePdf pdf;

    ReportPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(long reportId, ReportOfConcern report) {
        return render(TEMPLATE, reportId, report);
    }

    /** With another template: lets a test show that a changed template changes a new rendering and not the archive. */
    byte[] render(String template, long reportId, ReportOfConcern report) {
        Map<String, Object> model = new HashMap<>();
        model.put("reportId", reportId);
        model.put("report", report);
        model.put("grounds", report.grounds().stream().sorted().toList());
        model.put("sentAt", report.sentAt().atZoneSameInstant(Oslo.ZONE));
        return pdf.render(template, model);
    }
}
