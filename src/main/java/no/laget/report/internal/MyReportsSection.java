package no.laget.report.internal;

import java.util.List;
import java.util.stream.Collectors;

import no.laget.mywork.MyWorkRow;
import no.laget.mywork.MyWorkSection;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.report.LegalClocks;
import no.laget.report.internal.SentReportRepository.MineRow;
import no.laget.platform.time.Oslo;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Mine meldinger" on "Mine saker og frister": the reporter's five newest reports of concern and whether each has
 * arrived, in words; one that keeps failing says "Ikke levert!" as on "Mine meldinger". After the deadlines, the
 * cases and the measures.
 */
@Component
class MyReportsSection implements MyWorkSection {

    static final int SHOWN = 5;

    private final ReportService reports;
    private final MessageSource messages;

    MyReportsSection(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "my-work.reports";
    }

    @Override
    public String emptyKey() {
        return "my-work.reports.none";
    }

    @Override
    public List<MyWorkRow> rows(SignedInUser user) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return List.of();
        }
        var now = reports.now();
        return reports.mine(user, SHOWN).stream().map(row -> row(row, ReportService.warn(row.delivery(), now))).toList();
    }

    private MyWorkRow row(MineRow row, boolean warn) {
        var delivery = row.delivery();
        String children = row.children().stream().map(c -> c.givenName() + " " + c.familyName())
                .collect(Collectors.joining(", "));
        String status;
        String color;
        if ("DELIVERED".equals(delivery.state())) {
            status = text("my-work.report.delivered");
            color = "success";
        } else if (warn) {
            status = text("my-work.report.failing");
            color = "danger";
        } else {
            status = text("my-work.report.waiting");
            color = "info";
        }
        return new MyWorkRow(text("my-work.report", String.valueOf(delivery.reportId())), children.isEmpty() ? null : children,
                delivery.createdAt().atZoneSameInstant(Oslo.ZONE).toLocalDate(), status, color,
                "/reports/" + delivery.reportId());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
