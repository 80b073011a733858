package no.laget.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** How the API refuses (docs/STYLE: bad input is problem+json in the API, never a 500 or a page). */
public final class ProblemJson {

    private ProblemJson() {}

    /** The answer has this status (for example {@code status().isBadRequest()}) and is problem+json. */
    public static ResultMatcher problemJson(ResultMatcher status) {
        ResultMatcher problem = content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        return result -> {
            status.match(result);
            problem.match(result);
        };
    }
}
