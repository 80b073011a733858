package no.laget.deadline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import no.laget.access.AccessDoor;
import no.laget.mywork.MyWorkRow;
import no.laget.mywork.MyWorkSection;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Dates;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mine saker og frister": the user's deadlines, a page of {@link Deadlines#PAGE_SIZE} at a time ({@code ?side=N},
 * from 0), then every {@link MyWorkSection} bean in order on the first page. A deadline row links to its own page where it
 * is marked done or not relevant (a plain form post, no JavaScript); after marking, the list says what was marked
 * and offers "Angre".
 */
@PageController
class MyWorkPages {

    private final DeadlineSection deadlineSection;
    private final List<MyWorkSection> sections;
    private final Deadlines deadlines;
    private final DeadlineLabels labels;
    private final FieldErrors fieldErrors;
    private final AccessDoor door;

    MyWorkPages(DeadlineSection deadlineSection, List<MyWorkSection> sections, Deadlines deadlines,
            DeadlineLabels labels, FieldErrors fieldErrors, AccessDoor door) {
        this.deadlineSection = deadlineSection;
        this.door = door;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MyWorkSection::order)).toList();
        this.deadlines = deadlines;
        this.labels = labels;
        this.fieldErrors = fieldErrors;
    }

    static String markPath(long deadlineId) {
        return ReminderMail.PAGE + "/" + deadlineId + "/merk";
    }

    @GetMapping(ReminderMail.PAGE)
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "merket", required = false) String marked,
            @RequestParam(name = "angret", required = false) String undone,
            @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        // every section's shown rows in one log append, the reads in one read-only transaction (AccessDoor.forPage)
        return door.forPage(user, List.of(), () -> render(user, marked, undone, page, model));
    }

    private String render(SignedInUser user, String marked, String undone, int page, Model model) {
        DeadlineSection.Page deadlinePage = deadlineSection.rows(user, page);
        model.addAttribute("deadlines", deadlinePage);
        model.addAttribute("deadlineTable", new Shown("my-work.deadlines",
                deadlinePage.page() > 0 ? "my-work.deadlines.none-on-page" : "my-work.deadlines.none",
                deadlinePage.rows(), markable(deadlinePage.rows())));
        // the other sections belong to the first page: a later page is the deadlines' alone
        model.addAttribute("sections", deadlinePage.page() > 0 ? List.of() : sections.stream()
                .map(section -> {
                    List<MyWorkRow> rows = section.rows(user);
                    return new Shown(section.titleKey(), section.emptyKey(), rows, markable(rows));
                })
                .toList());
        model.addAttribute("marked", justMarked(user, marked));
        model.addAttribute("undone", undone != null);
        return "deadline/my-work";
    }

    /** The mark just made, for the message and its "Angre": only while it stands and the user may act on it. */
    private Marked justMarked(SignedInUser user, String id) {
        Long deadlineId = number(id);
        if (deadlineId == null) {
            return null;
        }
        try {
            DeadlineMark mark = deadlines.markee(user, deadlineId).mark();
            return mark == null ? null : new Marked(mark.deadlineId(), labels.kind(mark.kind()),
                    Dates.day(mark.dueOn()), mark.markedAs());
        } catch (NotFoundException | DeadlineRefusedException gone) {
            return null;
        }
    }

    @GetMapping(ReminderMail.PAGE + "/{id}/merk")
    String markForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return markForm(user, id, MarkForm.empty(), fieldErrors.none(), model);
    }

    @PostMapping(ReminderMail.PAGE + "/{id}/merk")
    String mark(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") MarkForm form, BindingResult binding, Model model) {
        try {
            deadlines.mark(user, id, form);
            return "redirect:" + ReminderMail.PAGE + "?merket=" + id;
        } catch (InvalidInputException e) {
            return markForm(user, id, form, fieldErrors.of(binding, e), model);
        }
    }

    @PostMapping(ReminderMail.PAGE + "/{id}/angre")
    String undo(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        deadlines.undo(user, id);
        return "redirect:" + ReminderMail.PAGE + "?angret";
    }

    private String markForm(SignedInUser user, long id, MarkForm form, Map<String, String> errors, Model model) {
        Deadlines.Markee deadline = deadlines.markee(user, id);
        if (deadline.markable() == no.laget.deadline.internal.Markable.NONE) {
            throw new DeadlineRefusedException("deadline.refused.legal");
        }
        List<Choice> choices = new ArrayList<>();
        for (MarkAs as : MarkAs.values()) {
            if (deadline.markable().allows(as)) {
                choices.add(Choice.ofKey(as.name(), as.labelKey()));
            }
        }
        model.addAttribute("deadline", deadline);
        model.addAttribute("kind", labels.kind(deadline.kind()));
        model.addAttribute("state", labels.state(deadline.state()));
        model.addAttribute("choices", choices);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", Deadlines.REASON_MAX);
        return "deadline/mark";
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean markable(List<MyWorkRow> rows) {
        return rows.stream().anyMatch(row -> row.markLink() != null);
    }

    /** A section as the table shows it (deadline/my-work-table.html); {@code actions}: a row can be marked. */
    record Shown(String titleKey, String emptyKey, List<MyWorkRow> rows, boolean actions) {}

    record Marked(long id, String kind, String dueOn, MarkAs as) {}
}
