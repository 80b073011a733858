package no.laget.family.internal;

import java.util.Map;

import no.laget.access.FamilyDoor;
import no.laget.platform.security.FamilyMember;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FamilyLanguage;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Varsel på e-post" on the family's start page: save, change or remove the address notices go to, in the language
 * of the page it was saved from, and confirm it with the link sent to it (a page with a button: opening the link
 * changes nothing, so a mail scanner that follows links confirms nothing). Works without JavaScript; a refused address
 * shows the start page again with the message next to the field and the address as typed.
 */
@PageController
class NoticePages {

    static final String PATH = "/familie/varsel";

    /** What the family types: the address, nothing else (whose it is comes from the login). */
    record NoticeForm(String email) {

        static NoticeForm empty() {
            return new NoticeForm("");
        }
    }

    private final FamilyDoor door;
    private final NoticeAddresses addresses;
    private final FieldErrors fieldErrors;

    NoticePages(FamilyDoor door, NoticeAddresses addresses, FieldErrors fieldErrors) {
        this.door = door;
        this.addresses = addresses;
        this.fieldErrors = fieldErrors;
    }

    /** What the start page shows of the notices: the address and its state, and the form. */
    void addTo(Model model, FamilyMember member, NoticeForm form, Map<String, String> errors) {
        var address = addresses.of(member);
        model.addAttribute("noticeAddress", address.orElse(null));
        model.addAttribute("noticeForm", form != null ? form
                : new NoticeForm(address.map(NoticeAddresses.Address::email).orElse("")));
        model.addAttribute("errors", errors);
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal FamilyMember member, @ModelAttribute("noticeForm") NoticeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        boolean confirming;
        try {
            confirming = addresses.save(member, form.email(), FamilyLanguage.of(LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            model.addAttribute("children", door.children(member));
            addTo(model, member, form, fieldErrors.of(binding, e));
            return "family/start";
        }
        redirect.addFlashAttribute("noticeMessage", confirming ? "family.mail.saved.confirm" : "family.mail.saved");
        return "redirect:/familie#varsel";
    }

    @PostMapping(PATH + "/fjern")
    String remove(@AuthenticationPrincipal FamilyMember member, RedirectAttributes redirect) {
        addresses.remove(member);
        redirect.addFlashAttribute("noticeMessage", "family.mail.removed");
        return "redirect:/familie#varsel";
    }

    /** The link in the confirmation e-mail: a page with one button, which posts the code. */
    @GetMapping(PATH + "/bekreft")
    String confirmPage(@RequestParam(name = "kode", defaultValue = "") String code, Model model) {
        model.addAttribute("code", code.length() > 64 ? "" : code);
        model.addAttribute("failed", false);
        return "family/notice-confirm";
    }

    @PostMapping(PATH + "/bekreft")
    String confirm(@AuthenticationPrincipal FamilyMember member,
            @RequestParam(name = "kode", defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        boolean confirmed;
        try {
            confirmed = addresses.confirm(member, code);
        } catch (InvalidInputException refusedCharacters) {
            confirmed = false;
        }
        if (!confirmed) {
            model.addAttribute("code", "");
            model.addAttribute("failed", true);
            return "family/notice-confirm";
        }
        redirect.addFlashAttribute("noticeMessage", "family.mail.confirmed");
        return "redirect:/familie#varsel";
    }
}
