package no.laget.archive.internal;

import java.util.Map;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrator's page for the deposit extract (the same as {@code ./laget archive-extract}): choose the period,
 * start the job, follow its progress (htmx asks again every two seconds; without JavaScript the page has a link to
 * look again). /admin/** is the administrator's alone (platform.security.SecurityConfig).
 */
@PageController
@RequestMapping("/admin/arkivuttrekk")
class ExtractPages {

    record ExtractForm(String from, String to) {}

    private final ExtractJobs jobs;
    private final FieldErrors fieldErrors;

    ExtractPages(ExtractJobs jobs, FieldErrors fieldErrors) {
        this.jobs = jobs;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String page(Model model) {
        return page(model, new ExtractForm("", ""), fieldErrors.none());
    }

    @PostMapping
    String start(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ExtractForm form,
            BindingResult binding, Model model) {
        try {
            long id = jobs.start(user, form.from(), form.to());
            return "redirect:/admin/arkivuttrekk/" + id;
        } catch (InvalidInputException e) {
            return page(model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model) {
        jobs.recoverAbandoned();
        model.addAttribute("job", jobs.get(id).orElseThrow(() -> new NotFoundException("archive_extract_job")));
        return "archive/extract-job";
    }

    private String page(Model model, ExtractForm form, Map<String, String> errors) {
        jobs.recoverAbandoned();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jobs", jobs.latest());
        return "archive/extract";
    }
}
