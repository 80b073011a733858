package no.laget.emergency.internal;

import java.util.List;
import java.util.Map;

import no.laget.platform.security.NavCooperation;
import no.laget.organisation.Organisation;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;
import no.laget.platform.web.PostRedirectGet;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The emergency card pages: the cards, one card's ledger, recording a use, telling NAV, NAV's decision, top-ups. */
@PageController
class EmergencyPages {

    private final EmergencyLedger ledger;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;

    EmergencyPages(EmergencyLedger ledger, Organisation organisation, FieldErrors fieldErrors) {
        this.ledger = ledger;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
    }

    /** With one card (the usual case) the ledger opens at once. */
    @GetMapping("/nav/kronekort")
    String cards(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<EmergencyCard> cards = ledger.cards(user);
        if (cards.size() == 1) {
            return "redirect:/nav/kronekort/" + cards.getFirst().id();
        }
        model.addAttribute("cards", cards);
        model.addAttribute("mayOpen", "NAV".equals(user.unitType()));
        return "nav/cards";
    }

    @GetMapping("/nav/kronekort/nytt")
    String newCard(@AuthenticationPrincipal SignedInUser user, Model model) {
        ledger.cards(user);
        return cardForm(user, model, new EmergencyCardForm("Kronekort", ""), fieldErrors.none());
    }

    @PostMapping("/nav/kronekort/nytt")
    String openCard(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") EmergencyCardForm form,
            BindingResult binding, Model model) {
        try {
            return "redirect:/nav/kronekort/" + ledger.openCard(user, form.toCommand());
        } catch (InvalidInputException e) {
            return cardForm(user, model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/nav/kronekort/{cardId}")
    String ledger(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId, Model model) {
        model.addAttribute("ledger", ledger.ledger(user, cardId));
        return "nav/ledger";
    }

    @GetMapping("/nav/kronekort/{cardId}/bruk/ny")
    String newUse(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId, Model model) {
        return useForm(user, cardId, model, new EmergencyUseForm(ledger.today().toString(), "", "", "", "", ""),
                fieldErrors.none());
    }

    @PostMapping("/nav/kronekort/{cardId}/bruk")
    String recordUse(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @ModelAttribute("form") EmergencyUseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(
                () -> ledger.recordUse(user, cardId, form.toCommand(ledger.today(), ledger.limit())), redirect,
                "nav.ledger.use-saved", () -> "/nav/kronekort/" + cardId,
                e -> useForm(user, cardId, model, form, fieldErrors.of(binding, e)));
    }

    @GetMapping("/nav/kronekort/bruk/{useId}/informert")
    String informedForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId, Model model) {
        return aboutUse(ledger.use(user, useId), model, new EmergencyInformedForm(ledger.today().toString()),
                fieldErrors.none(), "nav/informed-form");
    }

    @PostMapping("/nav/kronekort/bruk/{useId}/informert")
    String recordInformed(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @ModelAttribute("form") EmergencyInformedForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> ledger.recordInformed(user, useId, form.toCommand(ledger.today())), redirect,
                "nav.ledger.informed-saved", () -> "/nav/kronekort/" + ledger.use(user, useId).cardId(),
                e -> aboutUse(ledger.use(user, useId), model, form, fieldErrors.of(binding, e), "nav/informed-form"));
    }

    @GetMapping("/nav/kronekort/bruk/{useId}/vedtak")
    String decisionForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId, Model model) {
        return decision(user, useId, model, new EmergencyDecisionForm("", ledger.today().toString(), ""),
                fieldErrors.none());
    }

    @PostMapping("/nav/kronekort/bruk/{useId}/vedtak")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long useId,
            @ModelAttribute("form") EmergencyDecisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> ledger.decide(user, useId, form.toCommand(ledger.today())), redirect,
                "nav.ledger.decision-saved", () -> "/nav/kronekort/" + ledger.use(user, useId).cardId(),
                e -> decision(user, useId, model, form, fieldErrors.of(binding, e)));
    }

    @GetMapping("/nav/kronekort/{cardId}/innskudd")
    String topUpForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId, Model model) {
        return topUp(user, cardId, model, new TopUpForm(ledger.today().toString(), "", ""), fieldErrors.none());
    }

    @PostMapping("/nav/kronekort/{cardId}/innskudd")
    String recordTopUp(@AuthenticationPrincipal SignedInUser user, @PathVariable long cardId,
            @ModelAttribute("form") TopUpForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return PostRedirectGet.save(() -> ledger.topUp(user, cardId, form.toCommand(ledger.today())), redirect,
                "nav.ledger.topup-saved", () -> "/nav/kronekort/" + cardId,
                e -> topUp(user, cardId, model, form, fieldErrors.of(binding, e)));
    }

    /** The child welfare units offered are those of NAV's own municipality, as the ledger accepts. */
    private String cardForm(SignedInUser user, Model model, EmergencyCardForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unitChoices", organisation.unitsInMunicipalityOf(user.unitId()).stream()
                .filter(u -> u.active() && u.type() == UnitType.CHILD_WELFARE)
                .map(u -> Choice.ofText(String.valueOf(u.id()), u.name())).toList());
        return "nav/card-form";
    }

    private String useForm(SignedInUser user, long cardId, Model model, EmergencyUseForm form,
            Map<String, String> errors) {
        var view = ledger.ledger(user, cardId);
        if (!view.mayRecordUse()) {
            throw new NavCooperation.Refused("nav.refused.child-welfare-only");
        }
        model.addAttribute("card", view.card());
        model.addAttribute("limit", ledger.limit());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "nav/use-form";
    }

    private String decision(SignedInUser user, long useId, Model model, EmergencyDecisionForm form,
            Map<String, String> errors) {
        model.addAttribute("today", ledger.today());
        model.addAttribute("decisionChoices", List.of(Choice.ofKey("APPROVED", "nav.decision.APPROVED"),
                Choice.ofKey("REJECTED", "nav.decision.REJECTED")));
        return aboutUse(ledger.use(user, useId), model, form, errors, "nav/decision-form");
    }

    /** A form about one use of the card (telling NAV, NAV's decision), with what was typed. */
    private static String aboutUse(EmergencyUse use, Model model, Object form, Map<String, String> errors,
            String view) {
        model.addAttribute("use", use);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    private String topUp(SignedInUser user, long cardId, Model model, TopUpForm form, Map<String, String> errors) {
        model.addAttribute("ledger", ledger.ledger(user, cardId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "nav/topup-form";
    }
}
