package no.laget;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(LagetApplication.class);

    @Test
    void modules_only_use_each_others_published_api() {
        modules.verify();
    }

    @Test
    void the_platform_depends_on_no_domain_module() {
        var platform = modules.getModuleByName("platform").orElseThrow();
        assertThat(platform.getBootstrapDependencies(modules).toList()).isEmpty();
    }

    @Test
    void writes_the_module_documentation() {
        // the module canvases list each module's published events and the events it listens to
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
