package laget.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text and hidden fields a page's form was filled with, as a browser would send them back (name to value). */
final class FormFields {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

    private FormFields() {}

    static Map<String, Object> of(String html) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String name = null;
            String value = "";
            String type = "text";
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                switch (attribute.group(1)) {
                    case "name" -> name = unescape(attribute.group(2));
                    case "value" -> value = unescape(attribute.group(2));
                    default -> type = attribute.group(2);
                }
            }
            // checkboxes and radios are chosen by the scenario, not echoed; the search box is no part of the form
            if (name != null && !type.equals("checkbox") && !type.equals("radio") && !type.equals("search")
                    && !name.equals("_csrf")) {
                fields.putIfAbsent(name, value);
            }
        }
        return fields;
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
