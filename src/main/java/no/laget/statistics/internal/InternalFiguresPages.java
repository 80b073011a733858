package no.laget.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.security.Role;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.MenuContributor;
import no.laget.platform.web.MenuGroup;
import no.laget.platform.web.MenuItem;
import no.laget.platform.web.PageController;
import no.laget.statistics.FigurePeriod;
import no.laget.statistics.FigureScope;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Internal figures from Laget's own data for municipal staff, suppressed; never a list of children. Each user sees
 * their own municipality's figures (the municipality of their unit): one installation may serve many municipalities,
 * and no role sees the whole country's figures yet.
 */
@PageController
class InternalFiguresPages {

    /** Laget's data start with the plan period; earlier years have nothing to count. */
    static final int FIRST_YEAR = 2020;

    private final InternalFigures figures;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    InternalFiguresPages(InternalFigures figures, Organisation organisation, FieldErrors fieldErrors, Clock clock) {
        this.figures = figures;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping("/statistics/internal")
    String internal(@RequestParam(name = "ar", required = false) String year,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock.withZone(Oslo.ZONE));
        int chosen = today.getYear();
        model.addAttribute("errors", fieldErrors.none());
        if (year != null) {
            try {
                chosen = year(year, today.getYear());
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", fieldErrors.of(e));
            }
        }
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        FigurePeriod period = FigurePeriod.of(chosen, today);
        model.addAttribute("period", period);
        model.addAttribute("years", years);
        model.addAttribute("year", year == null ? String.valueOf(chosen) : year);
        model.addAttribute("threshold", figures.threshold());
        model.addAttribute("tables",
                figures.tables(period, FigureScope.municipality(organisation.municipalityOf(user.unitId()))));
        return "statistics/internal";
    }

    private static int year(String value, int current) {
        String trimmed = value.trim();
        if (!trimmed.matches("\\d{4}")) {
            throw InvalidInputException.of("ar", "statistics.internal.year.malformed");
        }
        int year = Integer.parseInt(trimmed);
        if (year < FIRST_YEAR || year > current) {
            throw InvalidInputException.of("ar", "statistics.internal.year.out-of-range");
        }
        return year;
    }

    @Component
    static class Menu implements MenuContributor {

        @Override
        public List<MenuItem> itemsFor(no.laget.platform.security.SignedInUser user) {
            return user.hasRole(Role.MUNICIPAL_STAFF)
                    ? List.of(new MenuItem(615, "/statistics/internal", "menu.statistics.internal",
                            "menu.statistics.internal.hint").in(MenuGroup.MUNICIPALITY))
                    : List.of();
        }
    }
}
