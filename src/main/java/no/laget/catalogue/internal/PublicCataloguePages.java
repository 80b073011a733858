package no.laget.catalogue.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.PageController;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Hvem kan hjelpe?": the public catalogue, no login. The search is a plain GET form; under htmx the same URL
 * answers with the results only.
 */
@PageController
@RequestMapping("/hvem-kan-hjelpe")
class PublicCataloguePages {

    private final Measures measures;
    private final MessageSource messages;

    PublicCataloguePages(Measures measures, MessageSource messages) {
        this.measures = measures;
        this.messages = messages;
    }

    @GetMapping
    String search(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(name = "niva", defaultValue = "") String level,
            @RequestParam(name = "alder", defaultValue = "") String age,
            @RequestParam(name = "tema", defaultValue = "") String topic,
            @RequestParam(name = "gratis", defaultValue = "") String free,
            @RequestParam(name = "uten-henvisning", defaultValue = "") String selfReferral,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer ageValue = age(age, errors);
        MeasureSearch search = new MeasureSearch(text.isBlank() ? null : text,
                PreventionLevel.parse(level).orElse(null), ageValue, Topic.parse(topic).orElse(null),
                !free.isBlank(), !selfReferral.isBlank(), false);
        model.addAttribute("q", text);
        model.addAttribute("level", level);
        model.addAttribute("age", age);
        model.addAttribute("topic", topic);
        model.addAttribute("free", !free.isBlank());
        model.addAttribute("selfReferral", !selfReferral.isBlank());
        model.addAttribute("measures", measures.search(search));
        model.addAttribute("levels", Arrays.asList(PreventionLevel.values()));
        model.addAttribute("topics", Arrays.asList(Topic.values()));
        model.addAttribute("errors", errors);
        response.addHeader("Vary", "HX-Request");
        return "true".equals(htmx) ? "catalogue/public-list :: results" : "catalogue/public-list";
    }

    @GetMapping("/{id}")
    String measure(@PathVariable long id, Model model) {
        model.addAttribute("measure", measures.active(id).orElseThrow(() -> new NotFoundException("measure")));
        model.addAttribute("selfReferral", AccessRoute.SELF_REFERRAL);
        return "catalogue/public-measure";
    }

    private Integer age(String age, Map<String, String> errors) {
        if (age.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(age.trim());
            if (value >= 0 && value <= MeasureRules.MAX_AGE) {
                return value;
            }
            errors.put("alder", text("catalogue.public.age.out-of-range"));
        } catch (NumberFormatException notWhole) {
            errors.put("alder", text("catalogue.public.age.malformed"));
        }
        return null;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
