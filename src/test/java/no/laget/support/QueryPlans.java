package no.laget.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * EXPLAIN (FORMAT JSON) of a statement a page sent, with the arguments it sent, and the scans in the plan that read
 * a whole table or a whole index: a Seq Scan, or an index scan without an Index Cond (a walk of the entire index).
 * Pages whose cost must follow the page, not the table, assert that there are none on the tables named.
 */
public final class QueryPlans {

    private QueryPlans() {}

    /** The first statement seen whose SQL contains {@code marker}. */
    public static SqlStatementCounter.Statement find(SqlStatementCounter counter, String marker) {
        return counter.statements().stream().filter(s -> s.sql().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing " + marker + " in "
                        + counter.statements().stream().map(SqlStatementCounter.Statement::sql).toList()));
    }

    /** The plan, as JSON text. */
    public static String explain(JdbcClient jdbc, SqlStatementCounter.Statement statement) {
        return jdbc.sql("explain (format json) " + statement.sql()).params(statement.arguments())
                .query(String.class).single();
    }

    /** Descriptions ("Seq Scan on child", "Index Scan on child without Index Cond") of whole reads of the tables. */
    public static List<String> wholeReads(String planJson, Set<String> tables) {
        List<String> found = new ArrayList<>();
        walk(new ObjectMapper().readTree(planJson).get(0).get("Plan"), tables, found);
        return found;
    }

    private static void walk(JsonNode node, Set<String> tables, List<String> found) {
        if (node.has("Relation Name") && tables.contains(node.get("Relation Name").asString())) {
            String type = node.get("Node Type").asString();
            String what = type + " on " + node.get("Relation Name").asString();
            if (type.equals("Seq Scan")) {
                found.add(what);
            } else if ((type.equals("Index Scan") || type.equals("Index Only Scan")) && !node.has("Index Cond")) {
                found.add(what + " without Index Cond (" + node.get("Index Name").asString() + ")");
            }
        }
        if (node.has("Plans")) {
            for (JsonNode child : node.get("Plans")) {
                walk(child, tables, found);
            }
        }
    }
}
