package no.laget.family.internal;

import java.util.List;
import java.util.Map;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.FamilyAccessRefusedException;
import no.laget.access.FamilyChild;
import no.laget.access.FamilyDoor;
import no.laget.access.InformationCategory;
import no.laget.access.Reason;
import no.laget.casework.Cases;
import no.laget.casework.FamilyRelayLog;
import no.laget.casework.RelayCase;
import no.laget.interest.BestInterestNotes;
import no.laget.platform.security.FamilyMember;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The relay log as the family reads it (docs/domain.md rule 8): every case of the child with its goals, measures and
 * who is responsible, evaluations, meetings and minutes, the best-interest notes and the family's own words; and the
 * one-question page where a guardian or the young person adds their own words ("barnets stemme"). Every read and
 * write goes through {@link FamilyDoor} first (RELAY_LOG), then casework's and interest's family methods, which read
 * without an employee. A case that is not this child's is answered like a child that does not exist.
 */
@PageController
class FamilyRelayLogPages {

    /** What the family types: its words, nothing else (who writes comes from the login). */
    record WordsForm(String text) {

        static WordsForm empty() {
            return new WordsForm("");
        }
    }

    private final FamilyDoor door;
    private final FamilyRelayLog relayLog;
    private final BestInterestNotes notes;
    private final FieldErrors fieldErrors;

    FamilyRelayLogPages(FamilyDoor door, FamilyRelayLog relayLog, BestInterestNotes notes, FieldErrors fieldErrors) {
        this.door = door;
        this.relayLog = relayLog;
        this.notes = notes;
        this.fieldErrors = fieldErrors;
    }

    static String path(long childId) {
        return "/familie/barn/" + childId + "/stafettlogg";
    }

    @GetMapping("/familie/barn/{childId}/stafettlogg")
    String log(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.RELAY_LOG, Action.READ,
                AccessedObject.of("family-relay-log", childId));
        List<RelayCase> cases = relayLog.forChild(childId);
        Map<Long, List<BestInterestNotes.Written>> written = notes.forFamily(Cases.SOURCE,
                cases.stream().map(RelayCase::id).toList(), childId);
        model.addAttribute("child", child);
        model.addAttribute("cases", cases.reversed()); // the newest case first, each log oldest first
        model.addAttribute("notes", written);
        model.addAttribute("errors", fieldErrors.none());
        return "family/relay-log";
    }

    @GetMapping("/familie/barn/{childId}/stafettlogg/{caseId}/egne-ord")
    String wordsForm(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long caseId, Model model) {
        FamilyChild child = door.require(member, childId, InformationCategory.RELAY_LOG, Action.WRITE,
                AccessedObject.of(Cases.SOURCE, caseId));
        requireOpenCase(childId, caseId);
        return wordsPage(model, child, caseId, WordsForm.empty(), fieldErrors.none());
    }

    @PostMapping("/familie/barn/{childId}/stafettlogg/{caseId}/egne-ord")
    String addWords(@AuthenticationPrincipal FamilyMember member, @PathVariable long childId,
            @PathVariable long caseId, @ModelAttribute("form") WordsForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FamilyChild child = door.require(member, childId, InformationCategory.RELAY_LOG, Action.WRITE,
                AccessedObject.of(Cases.SOURCE, caseId));
        try {
            relayLog.addWords(childId, caseId, child.relation(), member.memberId(), form.text());
        } catch (NotFoundException notThisChildsCase) {
            throw new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED);
        } catch (InvalidInputException e) {
            return wordsPage(model, child, caseId, form, fieldErrors.of(binding, e));
        }
        redirect.addFlashAttribute("wordsSaved", caseId);
        return "redirect:" + path(childId) + "#case-" + caseId;
    }

    private void requireOpenCase(long childId, long caseId) {
        if (!relayLog.acceptsWords(childId, caseId)) {
            throw new FamilyAccessRefusedException(Reason.FAMILY_NOT_ENTITLED);
        }
    }

    private String wordsPage(Model model, FamilyChild child, long caseId, WordsForm form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("caseId", caseId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("max", FamilyRelayLog.WORDS_MAX);
        return "family/relay-log-words";
    }
}
