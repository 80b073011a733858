package no.laget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * A module's face (the public types in its base package) holds only what other modules use: a public type there that
 * no other module's main code refers to belongs in the module's {@code internal} package. The platform is left out: it
 * publishes its sub-packages as named interfaces for every module.
 */
class ModuleFacesTest {

    private static final String ROOT = "no.laget.";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.laget");

    @Test
    void everyPublicTypeInAModuleFaceHasACallerInAnotherModule() {
        Set<String> unused = new TreeSet<>();
        for (JavaClass type : classes) {
            String module = moduleOf(type);
            if (module == null || module.equals("platform") || !isFace(type, module)) {
                continue;
            }
            boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                    .map(Dependency::getOriginClass)
                    .map(origin -> moduleOf(outermost(origin)))
                    .anyMatch(other -> other != null && !other.equals(module));
            if (!usedOutside) {
                unused.add(type.getName());
            }
        }
        assertThat(unused).as("public face types no other module uses (move them to internal)").isEmpty();
    }

    /**
     * The compiler inlines constants, so the class files (and Modulith's check) never see a module reading another
     * module's internal constant; the source does.
     */
    @Test
    void noModuleImportsAnotherModulesInternals() throws IOException {
        Pattern internalImport = Pattern.compile("^import (static )?no\\.laget\\.([a-z]+)\\.internal\\.", Pattern.MULTILINE);
        Path root = Path.of("src/main/java/no/laget");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = root.relativize(file).getName(0).toString();
                Matcher matcher = internalImport.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(2).equals(module)) {
                        found.add(root.relativize(file) + " -> " + matcher.group(2) + ".internal");
                    }
                }
            }
        }
        assertThat(found).as("imports of another module's internal package").isEmpty();
    }

    private static boolean isFace(JavaClass type, String module) {
        return type.getPackageName().equals(ROOT + module)
                && type.getModifiers().contains(JavaModifier.PUBLIC)
                && type.isTopLevelClass()
                && !type.getSimpleName().equals("package-info");
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** The module a class belongs to: the package right under no.laget, or null for LagetApplication itself. */
    static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        List<String> parts = List.of(name.substring(ROOT.length()).split("\\."));
        return parts.getFirst();
    }
}
