package no.laget.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A plan transcribed into JSON (src/main/resources/plan/*.json): strategies, areas with goals, targets and
 * actions, and, for the demo only, some status updates. Owners are named by unit name.
 */
record PlanFile(String name, int fromYear, int toYear, String source, List<String> transcriptionNotes,
        List<StrategyEntry> strategies, List<AreaEntry> areas, List<DemoStatus> demoStatuses) {

    record StrategyEntry(String title, String description) {}

    record AreaEntry(String title, String description, List<String> goals, List<TargetEntry> targets,
            List<ActionEntry> actions) {}

    record TargetEntry(String indicator, String description, BigDecimal value, int year, String note) {}

    record ActionEntry(String title, String owner, String responsible, String partners, int from, int to,
            String periodNote) {}

    record DemoStatus(String action, String status, String date, String comment) {}

    static final String HALDEN = "plan/halden-2020-2032.json";

    // Unknown fields are a transcription mistake, not something to skip quietly.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static PlanFile read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return MAPPER.readValue(in, PlanFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The plan file " + path + " cannot be read", e);
        }
    }
}
