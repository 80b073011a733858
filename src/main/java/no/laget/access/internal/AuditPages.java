package no.laget.access.internal;

import java.util.Map;
import java.util.stream.Collectors;

import no.laget.access.AccessLogReader;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data controller's auditor reads any child's access log by the child's number in Laget, without the child's
 * name or any other data. The reading is logged (basis AUDIT) by {@link AccessLogReader}.
 */
@PageController
@RequestMapping("/tilgangslogg")
class AuditPages {

    private final AccessLogReader accessLog;
    private final Organisation organisation;
    private final MessageSource messages;

    AuditPages(AccessLogReader accessLog, Organisation organisation, MessageSource messages) {
        this.accessLog = accessLog;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping
    String audit(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "barn", required = false) String typed, Model model) {
        model.addAttribute("typed", typed == null ? "" : typed);
        model.addAttribute("childId", null);
        model.addAttribute("errors", Map.of());
        if (typed == null || typed.isBlank()) {
            return "access/audit-log";
        }
        Long childId = number(typed);
        if (childId == null) {
            model.addAttribute("errors", Map.of("barn",
                    messages.getMessage("audit.child.invalid", null, LocaleContextHolder.getLocale())));
            return "access/audit-log";
        }
        var entries = accessLog.forChild(user, childId, 500).entries();
        model.addAttribute("childId", childId);
        model.addAttribute("entries", entries);
        model.addAttribute("names", organisation.employeeNames(
                entries.stream().map(AccessLogReader.Entry::employeeId).collect(Collectors.toSet())));
        model.addAttribute("units", organisation.unitsById());
        return "access/audit-log";
    }

    private static Long number(String typed) {
        String trimmed = typed.trim();
        if (!trimmed.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(trimmed);
    }
}
