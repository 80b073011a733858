package no.laget.support;

import java.util.LinkedHashMap;
import java.util.Map;

import no.laget.interest.BestInterestForm;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Best-interest notes for tests: a heard child, a child not heard with a reason, as a form, page params or JSON. */
public final class BestInterestNotesFixture {

    private BestInterestNotesFixture() {}

    public static BestInterestForm heard() {
        return new BestInterestForm("YES", "Barnet sier at det vil ha hjelp.", "Samtale på skolen.", "",
                "Barnets ønske er vektlagt.", "Å vente en måned.", "Vi går videre.");
    }

    public static BestInterestForm notHeard(String reason) {
        return new BestInterestForm("NO", "", "", reason, "Barnets beste er vektlagt.", "Å vente.", "Vi går videre.");
    }

    /** The note's page fields under a prefix ({@code levelInterest}, {@code bestInterest}, ...). */
    public static MultiValueMap<String, String> params(String prefix, BestInterestForm note) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        json(note).forEach((field, value) -> params.add(prefix + "." + field, value));
        return params;
    }

    /** A heard child's note added to a page post. */
    public static MockHttpServletRequestBuilder withNote(MockHttpServletRequestBuilder request, String prefix) {
        return request.params(params(prefix, heard()));
    }

    /** Fills the note's fields on a page in the browser: the child was heard. */
    public static void fill(com.microsoft.playwright.Page page, String prefix) {
        BestInterestForm note = heard();
        page.locator("[id='" + prefix + ".childHeard']").check();
        page.locator("[id='" + prefix + ".childViews']").fill(note.childViews());
        page.locator("[id='" + prefix + ".howHeard']").fill(note.howHeard());
        page.locator("[id='" + prefix + ".weighing']").fill(note.weighing());
        page.locator("[id='" + prefix + ".alternatives']").fill(note.alternatives());
        page.locator("[id='" + prefix + ".conclusion']").fill(note.conclusion());
    }

    /** The note as JSON text, for API request bodies (the fixture's texts hold no quotes). */
    public static String jsonText(BestInterestForm note) {
        StringBuilder text = new StringBuilder("{");
        json(note).forEach((field, value) -> text.append(text.length() > 1 ? "," : "").append('"').append(field)
                .append("\":\"").append(value == null ? "" : value).append('"'));
        return text.append('}').toString();
    }

    /** The note as a JSON object. */
    public static Map<String, String> json(BestInterestForm note) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("childHeard", note.childHeard());
        json.put("childViews", note.childViews());
        json.put("howHeard", note.howHeard());
        json.put("notHeardReason", note.notHeardReason());
        json.put("weighing", note.weighing());
        json.put("alternatives", note.alternatives());
        json.put("conclusion", note.conclusion());
        return json;
    }
}
