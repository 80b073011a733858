package no.laget.organisation.internal;

import java.util.Optional;
import java.util.Set;

import no.laget.platform.security.SignedInUser;
import no.laget.platform.security.SystemClient;
import no.laget.platform.security.SystemClients;

import org.springframework.stereotype.Service;

/** The registered systems for the API's bearer tokens: one query per request, like a password login's account lookup. */
@Service
class SystemClientDirectory implements SystemClients {

    private final SystemClientRepository systems;

    SystemClientDirectory(SystemClientRepository systems) {
        this.systems = systems;
    }

    @Override
    public Optional<SystemClient> findByClientId(String clientId) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 53) {
            return Optional.empty();
        }
        return systems.findByClientId(clientId).map(row -> {
            SystemClientView view = row.view();
            boolean active = view.active() && row.accountActive();
            SignedInUser account = new SignedInUser(view.accountId(), row.username(), view.name(), view.unitId(),
                    view.unitName(), row.unitType(), view.roles(),
                    active, null);
            return new SystemClient(view.name(), view.clientId(), account, Set.copyOf(view.scopes()), active);
        });
    }
}
