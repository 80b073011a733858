package no.laget.nav.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.laget.nav.Agreement;
import no.laget.nav.Transition;
import no.laget.platform.pdf.AccessiblePdf;
import no.laget.platform.time.Oslo;

import org.springframework.stereotype.Component;

/**
 * NAV's documents the archive keeps, as PDF/UA-1 and PDF/A-3u in bokmål (platform.pdf.AccessiblePdf): a young
 * person's transition plan and a cooperation agreement's annual evaluation. Rendered when they are saved; callers
 * have passed the door (or, for an agreement, its parties' rule).
 */
@Component
public class NavPdf {

    private final AccessiblePdf pdf;

    NavPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] transitionPlan(Transition transition, OffsetDateTime savedAt) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", transition);
        model.put("savedAt", savedAt.atZoneSameInstant(Oslo.ZONE));
        return pdf.render("nav/transition-plan-pdf", model);
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
