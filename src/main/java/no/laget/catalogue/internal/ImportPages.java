package no.laget.catalogue.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import no.laget.catalogue.internal.ImportRepository.Mode;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Reading a CSV file into the catalogue: the upload form, and the import's progress and summary. */
@PageController
@RequestMapping("/catalogue/import")
class ImportPages {

    private final CatalogueImport imports;
    private final MessageSource messages;

    ImportPages(CatalogueImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return form(model, "", new LinkedHashMap<>());
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mode", defaultValue = "") String mode, Model model) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("file", text("catalogue.import.file.required"));
        }
        Mode chosen = switch (mode) {
            case "GOOD_ROWS" -> Mode.GOOD_ROWS;
            case "ALL_OR_NOTHING" -> Mode.ALL_OR_NOTHING;
            default -> null;
        };
        if (chosen == null) {
            errors.put("mode", text("catalogue.import.mode.required"));
        }
        if (!errors.isEmpty()) {
            return form(model, mode, errors);
        }
        try {
            return "redirect:/catalogue/import/" + imports.start(file.getBytes(), chosen, user.employeeId());
        } catch (CatalogueCsv.RefusedFile refused) {
            errors.put("file", messages.getMessage(refused.messageKey, refused.args.toArray(),
                    LocaleContextHolder.getLocale()));
            return form(model, mode, errors);
        }
    }

    @GetMapping("/{id}")
    String status(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response, Model model) {
        var job = imports.find(id).orElseThrow(() -> new NotFoundException("import"));
        model.addAttribute("job", job);
        model.addAttribute("running", job.status() == ImportRepository.Status.RUNNING);
        model.addAttribute("problems", job.status() == ImportRepository.Status.RUNNING ? java.util.List.of()
                : imports.problems(id));
        response.addHeader("Vary", "HX-Request");
        return "true".equals(htmx) ? "catalogue/import-status :: progress" : "catalogue/import-status";
    }

    private String form(Model model, String mode, Map<String, String> errors) {
        model.addAttribute("mode", mode);
        model.addAttribute("errors", errors);
        model.addAttribute("columns", CatalogueCsv.COLUMNS);
        model.addAttribute("requiredColumns", CatalogueCsv.REQUIRED_COLUMNS);
        model.addAttribute("backgroundAbove", CatalogueImport.BACKGROUND_ABOVE);
        return "catalogue/import";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
