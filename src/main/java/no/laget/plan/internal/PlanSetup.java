package no.laget.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.LagetProperties;
import no.laget.platform.validation.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, while there is no plan: Halden's Kommunedelplan oppvekst 2020-2032 from its transcription,
 * with a few status updates so the overview shows every status. Every action passes the same rules as the
 * form; a transcription mistake stops the demo from starting rather than storing a plan the form would refuse.
 */
@Component
class PlanSetup {

    private static final Logger log = LoggerFactory.getLogger(PlanSetup.class);

    private final LagetProperties properties;
    private final PlanRepository repository;
    private final Organisation organisation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanSetup(LagetProperties properties, PlanRepository repository, Organisation organisation,
            TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.repository = repository;
        this.organisation = organisation;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!properties.demo() || !repository.none()) {
            return;
        }
        PlanFile file = PlanFile.read(PlanFile.HALDEN);
        long planId = transaction.execute(status -> load(file));
        log.info("Demo plan {} created: {} areas, {} actions", planId, file.areas().size(),
                file.areas().stream().mapToInt(area -> area.actions().size()).sum());
    }

    long load(PlanFile file) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // unit names repeat across municipalities once ./laget dataset has run (each has a "Datasett skole 1"); the
        // demo's units have names of their own, so which of the repeats is kept does not matter
        Map<String, Long> unitIds = organisation.units().stream()
                .collect(Collectors.toMap(Unit::name, Unit::id, Math::min));
        long planId = repository.insertPlan(file.name(), file.fromYear(), file.toYear(), now);
        Plan plan = new Plan(planId, file.name(), file.fromYear(), file.toYear(), 0);
        int position = 1;
        for (PlanFile.StrategyEntry strategy : file.strategies()) {
            repository.insertStrategy(planId, position++, strategy.title(), strategy.description());
        }
        Map<String, Long> actionIds = new HashMap<>();
        int areaPosition = 1;
        for (PlanFile.AreaEntry area : file.areas()) {
            long areaId = repository.insertArea(planId, areaPosition++, area.title(), area.description());
            int goalPosition = 1;
            for (String goal : area.goals()) {
                repository.insertGoal(areaId, goalPosition++, goal);
            }
            for (PlanFile.TargetEntry target : area.targets()) {
                repository.insertTarget(areaId, target.indicator(), target.description(), target.value(),
                        target.year(), target.note());
            }
            for (PlanFile.ActionEntry action : area.actions()) {
                Long owner = unitIds.get(action.owner());
                ActionForm form = new ActionForm(String.valueOf(areaId), action.title(),
                        owner == null ? "" : String.valueOf(owner), nullToEmpty(action.responsible()),
                        nullToEmpty(action.partners()), String.valueOf(action.from()), String.valueOf(action.to()),
                        nullToEmpty(action.periodNote()), "");
                ActionData data;
                try {
                    data = PlanRules.action(form.toCommand(), plan, Set.of(areaId),
                            unitIds.values().stream().collect(Collectors.toSet()));
                } catch (InvalidInputException refused) {
                    throw new IllegalStateException("The plan file has an action the rules refuse: "
                            + refused.problems(), refused);
                }
                actionIds.put(action.title(), repository.insertAction(data, now));
            }
        }
        for (PlanFile.DemoStatus demo : file.demoStatuses() == null ? List.<PlanFile.DemoStatus>of() : file.demoStatuses()) {
            Long actionId = actionIds.get(demo.action());
            if (actionId == null) {
                throw new IllegalStateException("The plan file has a status for an action it does not name");
            }
            repository.recordStatus(actionId, ActionStatus.valueOf(demo.status()), demo.comment(),
                    LocalDate.parse(demo.date()), null, now);
        }
        return planId;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
