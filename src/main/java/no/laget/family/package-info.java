/**
 * The family's own door (issue 12): guardians and young people sign in with ID-porten under {@code /familie}, see the
 * children the rules give them, answer and withdraw consents, read the relay log, see who has looked, and download
 * everything Laget holds. Every read goes through {@link no.laget.access.FamilyDoor}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "platform::*", "organisation", "access", "child", "consent", "casework",
                "interest", "archive", "feedback", "catalogue"})
package no.laget.family;
