package no.laget.organisation.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * /api/v1/system-clients, for administrators: the other systems that may call the API with bearer tokens.
 * Systems are deactivated, never deleted: the access log points at their accounts.
 */
@RestController
@RequestMapping("/api/v1/system-clients")
class SystemClientApi {

    private final SystemClientAdministration administration;

    SystemClientApi(SystemClientAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<SystemClientView> list() {
        return administration.list();
    }

    @GetMapping("/{id}")
    SystemClientView get(@PathVariable long id) {
        return administration.get(id);
    }

    @PostMapping
    ResponseEntity<SystemClientView> create(@RequestBody SystemClientForm form) {
        SystemClientView system = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/system-clients/" + system.id())).body(system);
    }

    @PutMapping("/{id}")
    SystemClientView change(@PathVariable long id, @RequestBody SystemClientForm form) {
        return administration.change(id, form);
    }

    @PostMapping("/{id}/deactivate")
    SystemClientView deactivate(@PathVariable long id) {
        return administration.setActive(id, false);
    }

    @PostMapping("/{id}/reactivate")
    SystemClientView reactivate(@PathVariable long id) {
        return administration.setActive(id, true);
    }
}
