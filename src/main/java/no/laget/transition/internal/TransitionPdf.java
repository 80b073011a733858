package no.laget.transition.internal;

import no.laget.platform.time.Oslo;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.platform.pdf.AccessiblePdf;

import org.springframework.stereotype.Component;

/**
 * A young person's transition plan as the archive keeps it, PDF/UA-1 and PDF/A-3u in bokmål
 * (platform.pdf.AccessiblePdf). Rendered when the plan is saved; callers have passed the door.
 */
@Component
public class TransitionPdf {

    private final AccessiblePdf pdf;

    TransitionPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    public byte[] transitionPlan(Transition transition, OffsetDateTime savedAt) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", transition);
        model.put("savedAt", savedAt.atZoneSameInstant(Oslo.ZONE));
        return pdf.render("nav/transition-plan-pdf", model);
    }
}
