package no.laget.agreement.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.time.Oslo;

import org.springframework.stereotype.Component;

/**
 * A cooperation agreement's annual evaluation as the archive keeps it, PDF/UA-1 and PDF/A-3u in bokmål
 * (platform.pdf.AccessiblePdf). Rendered when it is recorded; callers have checked the agreement's parties' rule.
 */
@Component
public class AgreementPdf {

    private final AccessiblePdf pdf;

    AgreementPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] agreementEvaluation(Agreement agreement, List<Agreement.Input> inputs, LocalDate dueOn,
            LocalDate evaluatedOn, String summary, String recordedBy, OffsetDateTime recordedAt) {
        Map<String, Object> model = new HashMap<>();
        model.put("a", agreement);
        model.put("inputs", inputs);
        model.put("dueOn", dueOn);
        model.put("evaluatedOn", evaluatedOn);
        model.put("summary", summary);
        model.put("recordedBy", recordedBy);
        model.put("recordedAt", recordedAt.atZoneSameInstant(Oslo.ZONE));
        return pdf.render("nav/agreement-evaluation-pdf", model);
    }
}
