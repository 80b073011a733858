package no.laget.organisation.internal;

import java.net.URI;
import java.util.List;

import no.laget.organisation.Unit;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/units: any signed-in user reads; administrators write (see the security configuration). */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

    private final UnitAdministration administration;
    private final UnitRepository units;

    UnitApi(UnitAdministration administration, UnitRepository units) {
        this.administration = administration;
        this.units = units;
    }

    @GetMapping
    List<Unit> list() {
        return units.findAll();
    }

    @GetMapping("/{id}")
    Unit get(@PathVariable long id) {
        return administration.get(id);
    }

    @PostMapping
    ResponseEntity<Unit> create(@RequestBody UnitForm form) {
        Unit unit = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }

    @PutMapping("/{id}")
    Unit change(@PathVariable long id, @RequestBody UnitForm form) {
        return administration.change(id, form);
    }
}
