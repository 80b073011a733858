package no.laget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.laget.child.IdentityNumber;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole suite (its own surefire execution, see pom.xml): the application log written while
 * every other test ran must hold none of the test children's names or identity numbers, and no valid
 * identity number at all.
 */
class PersonalDataInLogCheck {

    private static final Path LOG = Path.of("target", "laget-test.log");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");

    @Test
    void the_application_log_of_the_whole_suite_holds_no_childs_name_or_number() throws IOException {
        assertThat(LOG).as("the suite's application log").exists();
        assertThat(TestChildren.REGISTER).as("the names and numbers the tests handed out").exists();
        // the file is JSON lines, as production writes them; the check reads the raw lines and the decoded text
        // (an escaped character must not hide a name)
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder decoded = new StringBuilder();
        for (String line : Files.readAllLines(LOG)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = json.readTree(line);
            assertThat(event.isObject()).as("a JSON object per line: %s", line).isTrue();
            event.properties().forEach(field -> decoded.append(field.getValue().isString()
                    ? field.getValue().asString() : field.getValue().toString()).append('\n'));
        }
        String log = Files.readString(LOG) + "\n" + decoded;
        List<String> personalData = Files.readAllLines(TestChildren.REGISTER).stream().filter(line -> !line.isBlank())
                .distinct().toList();
        assertThat(log).as("log written by the suite").contains("Started");
        assertThat(personalData).as("test children recorded by the suite").isNotEmpty();

        assertThat(personalData).allSatisfy(value -> assertThat(log).doesNotContain(value));
        Matcher digits = ELEVEN_DIGITS.matcher(log);
        while (digits.find()) {
            assertThat(IdentityNumber.check(digits.group()))
                    .as("an identity number in the log")
                    .isInstanceOf(IdentityNumber.Result.Invalid.class);
        }
    }
}
