package no.laget.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: is the access log intact? The answer carries no child data. */
@RestController
class AccessLogCheckApi {

    private final AccessLogCheck check;

    AccessLogCheckApi(AccessLogCheck check) {
        this.check = check;
    }

    @GetMapping("/api/v1/access-log/check")
    Map<String, Object> check() {
        AccessLogCheck.Result result = check.run();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", result.intact());
        body.put("entriesChecked", result.entriesChecked());
        result.firstBrokenEntry().ifPresent(id -> body.put("firstBrokenEntry", id));
        return body;
    }
}
