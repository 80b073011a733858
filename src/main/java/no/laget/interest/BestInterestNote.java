package no.laget.interest;

import java.util.List;
import java.util.Optional;

import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.TextCharacters;

/**
 * A checked best-interest note ("Barnets beste-vurdering"): whether and how the child was heard and what the child
 * said, or why the child was not heard; how that was weighed; the alternatives considered; the conclusion. The age is
 * the child's age in whole years on the day, from the stored birth date, or null where Laget does not know it.
 * {@link #check} is the only place these rules live; every occasion calls it.
 */
public record BestInterestNote(boolean childHeard, String childViews, String howHeard, String notHeardReason,
        String weighing, String alternatives, String conclusion, Integer childAge) {

    public static final int MAX = 4000;

    /**
     * The note's rules, with problems on {@code <prefix>.<field>}. The child was heard (what the child said and how
     * are required), or was not (a reason is required: "not heard" alone is refused, whatever the age). The weighing,
     * the alternatives and the conclusion are always required. Text holding a character Laget refuses is refused
     * here too, for callers that do not come through a page or the API.
     */
    public static Optional<BestInterestNote> check(List<FieldProblem> problems, String prefix, BestInterestForm typed,
            Integer childAge) {
        BestInterestForm form = BestInterestForm.orEmpty(typed);
        int before = problems.size();
        String heard = form.childHeard() == null ? "" : form.childHeard().trim();
        boolean yes = heard.equals("YES");
        if (!yes && !heard.equals("NO")) {
            problems.add(new FieldProblem(prefix + ".childHeard", "interest.childHeard.required"));
        } else if (yes) {
            text(problems, prefix, "childViews", form.childViews());
            text(problems, prefix, "howHeard", form.howHeard());
        } else {
            text(problems, prefix, "notHeardReason", form.notHeardReason());
        }
        text(problems, prefix, "weighing", form.weighing());
        text(problems, prefix, "alternatives", form.alternatives());
        text(problems, prefix, "conclusion", form.conclusion());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new BestInterestNote(yes, yes ? form.childViews().trim() : null,
                yes ? form.howHeard().trim() : null, yes ? null : form.notHeardReason().trim(), form.weighing().trim(),
                form.alternatives().trim(), form.conclusion().trim(), childAge));
    }

    private static void text(List<FieldProblem> problems, String prefix, String field, String value) {
        String name = prefix + "." + field;
        if (FieldRules.text(problems, name, value, MAX, "interest." + field) && !TextCharacters.acceptable(value)) {
            problems.add(new FieldProblem(name, "input.characters"));
        }
    }

    @Override
    public String toString() {
        return "BestInterestNote[heard=" + childHeard + "]";
    }
}
