package no.laget.platform.web;

import java.util.function.Function;
import java.util.function.Supplier;

import no.laget.platform.validation.InvalidInputException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form page's POST as Post/Redirect/Get: save, say what was saved (the flash attribute {@code saved}, a message key)
 * and go on to the page that shows it; when the form or the service refuses the input, the form again, with what was
 * typed and the messages. Access refusals and missing things are not caught here: they go to the error pages.
 */
public final class PostRedirectGet {

    private PostRedirectGet() {}

    /** {@code path} is read after the save, so it may name what the save made or changed. */
    public static String save(Runnable save, RedirectAttributes redirect, String savedKey, Supplier<String> path,
            Function<InvalidInputException, String> formAgain) {
        try {
            save.run();
            redirect.addFlashAttribute("saved", savedKey);
            return "redirect:" + path.get();
        } catch (InvalidInputException e) {
            return formAgain.apply(e);
        }
    }
}
